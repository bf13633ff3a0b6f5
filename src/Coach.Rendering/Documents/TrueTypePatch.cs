using System.Buffers.Binary;

namespace Coach.Rendering.Documents;

/// <summary>
/// Works around a PdfPig 0.1.16 font-subsetting bug: its subsetter copies a composite glyph (a letter built from
/// parts, e.g. "й" = "и" + breve) one byte short, because it takes the glyph's end from the next glyph's start
/// minus one. Where the glyph fills its slot exactly, the lost byte is the low byte of the last part's y offset, so
/// in DejaVu Sans Bold the breve of "й" lands on the letter. Giving every composite glyph four spare zero bytes
/// makes the lost byte padding. Composite glyphs end at their last component (or declared instructions), so
/// trailing zeros are ignored by every renderer.
/// </summary>
internal static class TrueTypePatch
{
    /// <summary>The font with composite glyphs padded and loca in the long format; other tables are copied as is.</summary>
    public static byte[] PadCompositeGlyphs(byte[] font)
    {
        ReadOnlySpan<byte> source = font;
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(source[4..]);
        var tables = new List<(uint Tag, int Offset, int Length)>();
        for (int i = 0; i < tableCount; i++)
        {
            ReadOnlySpan<byte> record = source.Slice(12 + 16 * i, 16);
            tables.Add((BinaryPrimitives.ReadUInt32BigEndian(record), (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }
        uint Tag(string name) => BinaryPrimitives.ReadUInt32BigEndian(System.Text.Encoding.ASCII.GetBytes(name));
        var byTag = tables.ToDictionary(t => t.Tag);
        if (!byTag.TryGetValue(Tag("glyf"), out var glyf) || !byTag.TryGetValue(Tag("loca"), out var loca)
            || !byTag.TryGetValue(Tag("head"), out var head) || !byTag.TryGetValue(Tag("maxp"), out var maxp))
            return font; // not a glyf-based TrueType font: nothing of ours to fix

        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(source[(maxp.Offset + 4)..]);
        bool longLoca = BinaryPrimitives.ReadInt16BigEndian(source[(head.Offset + 50)..]) == 1;
        int GlyphStart(int i) => longLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + 4 * i))
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca.Offset + 2 * i));

        using var newGlyf = new MemoryStream(glyf.Length + glyphCount * 8);
        byte[] newLoca = new byte[4 * (glyphCount + 1)];
        for (int i = 0; i < glyphCount; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * i), (uint)newGlyf.Length);
            int start = GlyphStart(i), length = GlyphStart(i + 1) - start;
            if (length <= 0) continue;
            ReadOnlySpan<byte> glyph = source.Slice(glyf.Offset + start, length);
            newGlyf.Write(glyph);
            bool composite = BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;
            int padding = (4 - length % 4) % 4 + (composite ? 4 : 0);
            newGlyf.Write(new byte[padding]);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyphCount), (uint)newGlyf.Length);

        var contents = tables.ToDictionary(t => t.Tag, t => font.AsSpan(t.Offset, t.Length).ToArray());
        contents[glyf.Tag] = newGlyf.ToArray();
        contents[loca.Tag] = newLoca;
        byte[] newHead = contents[head.Tag];
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // indexToLocFormat: long
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, recomputed below
        return Assemble(source[..12], tables.Select(t => t.Tag).ToList(), contents, head.Tag);
    }

    // Tables in their original directory order, each 4-byte aligned, with fresh checksums.
    private static byte[] Assemble(ReadOnlySpan<byte> header, List<uint> tags, Dictionary<uint, byte[]> contents, uint headTag)
    {
        int directorySize = 12 + 16 * tags.Count;
        int size = directorySize + tags.Sum(t => Align(contents[t].Length));
        byte[] output = new byte[size];
        header.CopyTo(output);
        int offset = directorySize, headOffset = 0;
        for (int i = 0; i < tags.Count; i++)
        {
            byte[] table = contents[tags[i]];
            Span<byte> record = output.AsSpan(12 + 16 * i, 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tags[i]);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(table));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            table.CopyTo(output, offset);
            if (tags[i] == headTag) headOffset = offset;
            offset += Align(table.Length);
        }
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (int i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data.Slice(i, Math.Min(4, data.Length - i)).CopyTo(word);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(word));
        }
        return sum;
    }
}
