namespace Coach.Core.Dialogue;

/// <summary>The rules of a Telegram deep-link payload (t.me/bot?start=payload).</summary>
public static class DeepLinkPayload
{
    public const int MaxLength = 64;

    /// <summary>1-64 characters of the base64url alphabet, as Telegram accepts them.</summary>
    public static bool IsValid(string payload) =>
        payload.Length is > 0 and <= MaxLength && payload.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
