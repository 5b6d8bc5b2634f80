using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FactExtractor.Batch.Inputs;
using FactExtractor.Pipeline;
using static FactExtractor.Tests.Batch.Inputs.InputTestHelpers;

namespace FactExtractor.Tests.Batch.Inputs;

/// <summary>Tests that measure the process's allocations; other tests running at the same time would be counted too.</summary>
[CollectionDefinition(nameof(AllocationMeasurements), DisableParallelization = true)]
public sealed class AllocationMeasurements;

[Collection(nameof(AllocationMeasurements))]
public class JsonLinesMemoryTests
{
    [Fact]
    public async Task OverLongLineIsSkippedWithoutBeingBuffered()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "big.jsonl");
        const int LineBytes = 50 * 1024 * 1024;
        using (var file = new FileStream(path, FileMode.Create))
        {
            file.Write("{\"text\":\"before\"}\n{\"text\":\""u8);
            byte[] block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (int written = 0; written < LineBytes; written += block.Length)
            {
                file.Write(block);
            }

            file.Write("\"}\n{\"text\":\"after\"}\n"u8);
        }

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        List<BatchInput> records = await ReadAsync([path], new InputOptions { MaxCharacters = 1000 });
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(3, records.Count);
        Assert.Equal("before", records[0].Document!.Text);
        Assert.Equal(ExtractionErrorCodes.DocumentTooLarge, records[1].Error!.Code);
        Assert.Equal("big:2", records[1].Id);
        Assert.Equal("after", records[2].Document!.Text);
        Assert.True(allocated < LineBytes / 10, $"allocated {allocated} bytes while skipping a {LineBytes}-byte line");
    }
}
