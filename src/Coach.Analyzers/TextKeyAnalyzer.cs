using System;
using System.Collections.Concurrent;
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
/// a parameter, assigned to a property, or returned by a method or property getter marked <c>[TextKey]</c>
/// (Coach.Core.Texts.TextKeyAttribute): a constant ("kpi.card.title", a const, either branch of a ?:, ?? or switch
/// expression) must be in every catalogue (COACH001);
/// a key built at run time (<c>$"remark.{id}"</c>, <c>"command." + name</c>) must have its fixed start in every
/// catalogue (COACH002). A local variable passed as a key is followed to every value it is given. The catalogues
/// are the AdditionalFiles named <c>*.json</c> in a folder named <c>Texts</c>.
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
        context.RegisterOperationAction(check.Initializer, OperationKind.PropertyInitializer);
        context.RegisterOperationAction(check.Return, OperationKind.Return);
    }

    private static bool IsCatalogue(AdditionalText file) =>
        file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && string.Equals(Path.GetFileName(Path.GetDirectoryName(file.Path)), "Texts", StringComparison.Ordinal);

    private sealed class KeyCheck(INamedTypeSymbol attribute, IReadOnlyList<CatalogueKeys> catalogues)
    {
        private const int MaxLocalDepth = 3;
        private readonly ConcurrentDictionary<(string Rule, string File, int At), byte> _reported = new();

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

        public void Initializer(OperationAnalysisContext context)
        {
            var initializer = (IPropertyInitializerOperation)context.Operation;
            if (initializer.InitializedProperties.Any(Marked))
            {
                Check(initializer.Value, context);
            }
        }

        /// <summary>What a method marked <c>[return: TextKey]</c>, or the getter of a marked property, returns.</summary>
        public void Return(OperationAnalysisContext context)
        {
            var returned = (IReturnOperation)context.Operation;
            if (returned.ReturnedValue is { } value && context.ContainingSymbol is IMethodSymbol method && !InFunction(returned)
                && (method.GetReturnTypeAttributes().Any(IsMarker) || method.AssociatedSymbol is IPropertySymbol property && Marked(property)))
            {
                Check(value, context);
            }
        }

        // A lambda's or local function's return inside a marked member returns something else.
        private static bool InFunction(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsMarker(AttributeData data) => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute);

        private bool Marked(ISymbol symbol) =>
            symbol.GetAttributes().Any(IsMarker);

        private void Check(IOperation value, OperationAnalysisContext context, int depth = 0)
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
                    Check(conditional.WhenTrue, context, depth);
                    if (conditional.WhenFalse is { } whenFalse)
                    {
                        Check(whenFalse, context, depth);
                    }

                    break;
                case ICoalesceOperation coalesce:
                    Check(coalesce.Value, context, depth);
                    Check(coalesce.WhenNull, context, depth);
                    break;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Check(arm.Value, context, depth);
                    }

                    break;

                // A local that only ever holds keys (a bound on the depth: locals assigned from one another).
                case ILocalReferenceOperation local when depth < MaxLocalDepth:
                    foreach (var assigned in LocalValues.Of(local))
                    {
                        Check(assigned, context, depth + 1);
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

        private void Report(DiagnosticDescriptor rule, string key, IEnumerable<CatalogueKeys> lacking, IOperation at, OperationAnalysisContext context)
        {
            var files = lacking.Select(c => c.FileName).ToList();

            // A local's value is reached from each use of the local: reported once.
            if (files.Count > 0 && _reported.TryAdd((rule.Id, at.Syntax.SyntaxTree.FilePath, at.Syntax.SpanStart), 0))
            {
                context.ReportDiagnostic(Diagnostic.Create(rule, at.Syntax.GetLocation(), key, string.Join(" and ", files)));
            }
        }
    }
}
