using System.Text;

namespace TextClean.Tests;

public class TextDecoderTests
{
    [Fact]
    public void Valid_utf8_is_utf8() =>
        Assert.Equal("café “quoted”", TextDecoder.Decode(Encoding.UTF8.GetBytes("café “quoted”")));

    [Fact]
    public void A_byte_order_mark_wins_and_is_dropped()
    {
        Assert.Equal("é", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0xA9]));
        Assert.Equal("é", TextDecoder.Decode([0xFF, 0xFE, 0xE9, 0x00]));
        Assert.Equal("é", TextDecoder.Decode([0xFE, 0xFF, 0x00, 0xE9]));
    }

    [Fact]
    public void Bytes_with_no_valid_utf8_sequence_are_read_as_windows_1252() =>
        Assert.Equal("café “quoted” €5", TextDecoder.Decode([.. "caf"u8, 0xE9, (byte)' ', 0x93, .. "quoted"u8, 0x94, (byte)' ', 0x80, (byte)'5']));

    [Fact]
    public void Mostly_utf8_keeps_its_reading_and_marks_the_broken_byte() =>
        Assert.Equal("café, café, caf\uFFFD", TextDecoder.Decode([.. "café, café, caf"u8, 0xE9]));

    [Fact]
    public void A_field_has_no_byte_order_mark_so_its_first_bytes_are_text()
    {
        // "ÿþ" in Latin-1 at the start of a field, not a UTF-16 mark; the same judgement as a file otherwise.
        Assert.Equal("ÿþ café", TextDecoder.DecodeWithoutByteOrderMark([0xFF, 0xFE, (byte)' ', .. "caf"u8, 0xE9]));
        Assert.Equal("café, caf\uFFFD", TextDecoder.DecodeWithoutByteOrderMark([.. "café, caf"u8, 0xE9]));
        Assert.Equal("", TextDecoder.DecodeWithoutByteOrderMark([]));
    }

    [Fact]
    public void Nothing_is_lost_for_any_byte()
    {
        var all = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        Assert.Equal(256, TextDecoder.Decode(all).Length);
    }
}
