using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;
using static FactExtractor.Tests.Batch.Inputs.InputTestHelpers;

namespace FactExtractor.Tests.Batch.Inputs;

/// <summary>
/// The batch invariant over random damage: every non-blank JSON line gives exactly one record, in order, whatever is
/// wrong with the others — so that records in = ok + errors always holds.
/// </summary>
public class RecordCountInvariantTests
{
    private static readonly Func<Random, int, (byte[] Line, string? Code)>[] Kinds =
    [
        (_, i) => (Utf8($$"""{"id":"r{{i}}","text":"Renault builds cars in Douai."}"""), null),
        (_, i) => (Utf8($$"""{"id":"r{{i}}","text":"""), ExtractionErrorCodes.MalformedRecord),
        (_, i) => (Utf8($$"""["r{{i}}"]"""), ExtractionErrorCodes.MalformedRecord),
        (_, i) => (Utf8($$"""{"id":"r{{i}}","title":"no text"}"""), ExtractionErrorCodes.MissingText),
        (_, i) => ([.. Utf8($$"""{"id":"r{{i}}","text":"Cl"""), 0xE9, .. Utf8("on\"}")], ExtractionErrorCodes.InvalidEncoding),
        (r, i) => (Utf8($$"""{"id":"r{{i}}","text":"{{new string('x', 300 + r.Next(2000))}}"}"""), ExtractionErrorCodes.DocumentTooLarge),
        (r, i) => (RandomBytes(r), "any"),
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // Random bytes without a newline (that would be two lines); they may happen to be blank, which is no record.
    private static byte[] RandomBytes(Random random)
    {
        byte[] bytes = new byte[random.Next(1, 40)];
        random.NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                bytes[i] = (byte)'x';
            }
        }

        return bytes;
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public async Task Every_non_blank_line_gives_one_record_in_order(int seed, bool gzip)
    {
        var random = new Random(seed);
        using var folder = new TempFolder();
        for (int file = 0; file < 25; file++)
        {
            var content = new MemoryStream();
            var expected = new List<(int Line, string? Code)>();
            int lines = random.Next(0, 40);
            for (int i = 1; i <= lines; i++)
            {
                (byte[] line, string? code) = Kinds[random.Next(Kinds.Length)](random, i);
                content.Write(line);
                content.Write(random.Next(4) == 0 ? "\r\n"u8 : "\n"u8);
                if (line.AsSpan().Trim(" \t\r"u8).Length > 0)
                {
                    expected.Add((i, code));
                }
            }

            byte[] bytes = content.ToArray();
            string path = gzip ? folder.Write($"f{file}.jsonl.gz", Compress(bytes)) : folder.Write($"f{file}.jsonl", bytes);

            List<BatchInput> records = await ReadAsync([path], new InputOptions { MaxCharacters = 250 });

            Assert.Equal(expected.Count, records.Count);
            for (int k = 0; k < expected.Count; k++)
            {
                (int line, string? code) = expected[k];
                if (code != "any")
                {
                    Assert.Equal(code, records[k].Error?.Code);
                }

                Assert.True(records[k].Id == $"r{line}" || records[k].Id == $"f{file}:{line}", $"record {k} has id {records[k].Id}, expected line {line}");
            }
        }
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
