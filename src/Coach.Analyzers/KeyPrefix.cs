using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coach.Analyzers;

/// <summary>The fixed start of a string built at run time: its text up to the first part that is not a constant.</summary>
internal static class KeyPrefix
{
    public static string Of(IOperation operation)
    {
        var prefix = new StringBuilder();
        Append(operation, prefix);
        return prefix.ToString();
    }

    // True when the whole operation was constant, so what follows it still belongs to the prefix.
    private static bool Append(IOperation operation, StringBuilder prefix)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (operation.ConstantValue is { HasValue: true, Value: var constant })
        {
            prefix.Append(constant);
            return true;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return Append(add.LeftOperand, prefix) && Append(add.RightOperand, prefix);
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    var fixedPart = part switch
                    {
                        IInterpolatedStringTextOperation text => Append(text.Text, prefix),
                        IInterpolationOperation { Alignment: null, FormatString: null } hole => Append(hole.Expression, prefix),
                        _ => false,
                    };
                    if (!fixedPart)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
