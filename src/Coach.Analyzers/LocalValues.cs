using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coach.Analyzers;

/// <summary>
/// Every value a local variable is given (<c>var key = done ? "a.done" : "a.open";</c> then <c>t[key]</c>): its
/// initializer and each plain assignment in the member that declares it. Nothing when it is written any other way
/// (out, ref, a compound or tuple assignment) or has no initializer, so what it holds is then not known.
/// </summary>
internal static class LocalValues
{
    public static IReadOnlyList<IOperation> Of(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        var model = reference.SemanticModel;
        if (model is null || local.IsRef || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var initializer } declarator)
        {
            return [];
        }

        var values = new List<IOperation>();
        if (model.GetOperation(initializer) is { } first)
        {
            values.Add(first);
        }

        var scope = declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode?)declarator.FirstAncestorOrSelf<GlobalStatementSyntax>();
        foreach (var name in scope?.DescendantNodes().OfType<IdentifierNameSyntax>() ?? [])
        {
            if (name.Identifier.ValueText != local.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            {
                continue;
            }

            if (name.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Left == name)
            {
                if (model.GetOperation(assignment.Right) is { } value)
                {
                    values.Add(value);
                }
            }
            else if (IsOtherWrite(name))
            {
                return [];
            }
        }

        return values;
    }

    private static bool IsOtherWrite(IdentifierNameSyntax name) =>
        name.Parent is ArgumentSyntax argument && !argument.RefKindKeyword.IsKind(SyntaxKind.None)
        || name.Ancestors().OfType<AssignmentExpressionSyntax>().Any(assignment => assignment.Left.Span.Contains(name.Span));
}
