using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coach.Analyzers;

/// <summary>
/// Checks the text keys the code names against the text catalogues at build time. A key is whatever is passed to
/// a parameter, or assigned to a property, marked <c>[TextKey]</c> (Coach.Core.Texts.TextKeyAttribute): a constant
/// ("kpi.card.title", a const, either branch of a ?:, ?? or switch expression) must be in every catalogue (COACH001);
/// a key built at run time (<c>$"remark.{id}"</c>, <c>"command." + name</c>) must have its fixed start in every
/// catalogue (COACH002). The catalogues are the AdditionalFiles named <c>*.json</c> in a folder named <c>Texts</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TextKeyAnalyzer : DiagnosticAnalyzer
{
    public const string AttributeName = "Coach.Core.Texts.TextKeyAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(TextKeyRules.MissingKey, TextKeyRules.EmptyFamily, TextKeyRules.UnreadableCatalogue);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var attribute = context.Compilation.GetTypeByMetadataName(AttributeName);
        var catalogues = new List<CatalogueKeys>();
        foreach (var file in context.Options.AdditionalFiles.Where(IsCatalogue))
        {
            var keys = CatalogueKeys.Read(Path.GetFileName(file.Path), file.GetText(context.CancellationToken)?.ToString() ?? "", out var problem);
            if (problem is not null)
            {
                context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(TextKeyRules.UnreadableCatalogue, Location.None, keys.FileName, problem)));
            }

            catalogues.Add(keys);
        }

        if (attribute is null || catalogues.Count == 0)
        {
            return;
        }

        var check = new KeyCheck(attribute, catalogues);
        context.RegisterOperationAction(check.Argument, OperationKind.Argument);
        context.RegisterOperationAction(check.Assignment, OperationKind.SimpleAssignment);
    }

    private static bool IsCatalogue(AdditionalText file) =>
        file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && string.Equals(Path.GetFileName(Path.GetDirectoryName(file.Path)), "Texts", StringComparison.Ordinal);

    private sealed class KeyCheck(INamedTypeSymbol attribute, IReadOnlyList<CatalogueKeys> catalogues)
    {
        public void Argument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is { } parameter && Marked(parameter))
            {
                Check(argument.Value, context);
            }
        }

        public void Assignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: var property } && Marked(property))
            {
                Check(assignment.Value, context);
            }
        }

        private bool Marked(ISymbol symbol) =>
            symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

        private void Check(IOperation value, OperationAnalysisContext context)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value.ConstantValue is { HasValue: true, Value: var constant })
            {
                if (constant is string key)
                {
                    Report(TextKeyRules.MissingKey, key, catalogues.Where(c => !c.Contains(key)), value, context);
                }

                return;
            }

            switch (value)
            {
                case IConditionalOperation conditional:
                    Check(conditional.WhenTrue, context);
                    if (conditional.WhenFalse is { } whenFalse)
                    {
                        Check(whenFalse, context);
                    }

                    break;
                case ICoalesceOperation coalesce:
                    Check(coalesce.Value, context);
                    Check(coalesce.WhenNull, context);
                    break;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Check(arm.Value, context);
                    }

                    break;
                case IInterpolatedStringOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                    var prefix = KeyPrefix.Of(value);
                    if (prefix.Length > 0)
                    {
                        Report(TextKeyRules.EmptyFamily, prefix, catalogues.Where(c => !c.HasFamily(prefix)), value, context);
                    }

                    break;
            }
        }

        private static void Report(DiagnosticDescriptor rule, string key, IEnumerable<CatalogueKeys> lacking, IOperation at, OperationAnalysisContext context)
        {
            var files = lacking.Select(c => c.FileName).ToList();
            if (files.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(rule, at.Syntax.GetLocation(), key, string.Join(" and ", files)));
            }
        }
    }
}
