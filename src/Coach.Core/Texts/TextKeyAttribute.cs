namespace Coach.Core.Texts;

/// <summary>
/// Marks a parameter or property that takes a text key of the catalogues, or a method that returns one
/// (<c>[return: TextKey]</c>). Coach.Analyzers checks every constant
/// passed to it against Texts/*.json at build time (COACH001) and the fixed start of every key built there
/// (COACH002, <c>$"remark.{id}"</c>), so a renamed key fails the build instead of showing the user the key.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, Inherited = false)]
public sealed class TextKeyAttribute : Attribute;
