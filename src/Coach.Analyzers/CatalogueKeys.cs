using System;
using System.Collections.Generic;
using System.Text;

namespace Coach.Analyzers;

/// <summary>
/// The keys of one text catalogue: a flat JSON object of keys to sentences. Read by hand because an
/// analyzer loads no JSON library of its own; values are skipped, not read.
/// </summary>
internal sealed class CatalogueKeys
{
    private readonly string[] _sorted;
    private readonly HashSet<string> _keys;

    private CatalogueKeys(string fileName, List<string> keys)
    {
        FileName = fileName;
        _keys = new HashSet<string>(keys, StringComparer.Ordinal);
        _sorted = keys.ToArray();
        Array.Sort(_sorted, StringComparer.Ordinal);
    }

    /// <summary>The catalogue's file name as diagnostics name it ("ru.json").</summary>
    public string FileName { get; }

    public bool Contains(string key) => _keys.Contains(key);

    /// <summary>True when some key starts with the prefix: the first key not ordered before it does, if any does.</summary>
    public bool HasFamily(string prefix)
    {
        var index = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _sorted.Length && _sorted[index].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The keys of the JSON text, or the reason it is not a JSON object.</summary>
    public static CatalogueKeys Read(string fileName, string json, out string? problem)
    {
        var reader = new Reader(json);
        var keys = new List<string>();
        problem = null;
        try
        {
            reader.Expect('{');
            if (!reader.TryTake('}'))
            {
                do
                {
                    keys.Add(reader.String());
                    reader.Expect(':');
                    reader.SkipValue();
                }
                while (reader.TryTake(','));
                reader.Expect('}');
            }
        }
        catch (FormatException error)
        {
            problem = error.Message;
        }

        return new CatalogueKeys(fileName, keys);
    }

    private sealed class Reader(string text)
    {
        private int _at;

        public void Expect(char c)
        {
            if (!TryTake(c))
            {
                throw new FormatException($"'{c}' expected at character {_at}");
            }
        }

        public bool TryTake(char c)
        {
            SkipSpace();
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        public string String()
        {
            SkipSpace();
            if (_at >= text.Length || text[_at] != '"')
            {
                throw new FormatException($"a string expected at character {_at}");
            }

            var result = new StringBuilder();
            for (_at++; _at < text.Length; _at++)
            {
                var c = text[_at];
                if (c == '"')
                {
                    _at++;
                    return result.ToString();
                }

                if (c == '\\' && _at + 1 < text.Length)
                {
                    c = text[++_at];
                    if (c == 'u' && _at + 4 < text.Length)
                    {
                        result.Append((char)Convert.ToInt32(text.Substring(_at + 1, 4), 16));
                        _at += 4;
                        continue;
                    }

                    c = c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => c };
                }

                result.Append(c);
            }

            throw new FormatException("a string is not closed");
        }

        /// <summary>Skips a string, a number, a literal, or a nested object or array.</summary>
        public void SkipValue()
        {
            SkipSpace();
            if (_at < text.Length && text[_at] == '"')
            {
                String();
                return;
            }

            var depth = 0;
            for (; _at < text.Length; _at++)
            {
                var c = text[_at];
                if (c == '"')
                {
                    String();
                    _at--;
                }
                else if (c is '{' or '[')
                {
                    depth++;
                }
                else if (c is '}' or ']' && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0 && (c is ',' or '}'))
                {
                    return;
                }
            }
        }

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
