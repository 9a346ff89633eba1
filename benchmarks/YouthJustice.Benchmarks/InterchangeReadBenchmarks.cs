using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>
/// Reading a service's case-level data: the streaming JSON reader from memory (no disk in the measurement) and the
/// CSV table-set reader from a folder of files (one file per record kind, as a service exports them). Both build the
/// whole <c>ServiceData</c> and check every item.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class InterchangeReadBenchmarks
{
    private byte[] _json = [];
    private string _csvFolder = string.Empty;

    /// <summary>Children in the synthetic service.</summary>
    [Params(100_000)]
    public int Children { get; set; }

    /// <summary>Writes the service as a JSON document in memory and as a CSV table set in a temporary folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var service = SampleGenerator.Generate(BenchmarkData.Options(Children));
        using (var stream = new MemoryStream())
        {
            CaseLevelJsonWriter.Write(service, stream, indented: false);
            _json = stream.ToArray();
        }

        _csvFolder = Path.Combine(Path.GetTempPath(), "yj-bench-csv-" + Guid.NewGuid().ToString("N"));
        CaseLevelCsvWriter.WriteFolder(service, _csvFolder);
        Check(Json(), Children);
        Check(Csv(), Children);
    }

    /// <summary>Removes the CSV folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_csvFolder, recursive: true);

    /// <summary>The JSON document (youthjustice-caselevel/1), streamed child by child.</summary>
    [Benchmark]
    public int Json()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return CaseLevelJsonReader.Read(stream).Value.Children.Count;
    }

    /// <summary>The CSV table set.</summary>
    [Benchmark]
    public int Csv() => CaseLevelCsvReader.ReadFolder(_csvFolder).Value.Children.Count;

    private static void Check(int read, int expected)
    {
        if (read != expected)
        {
            throw new InvalidOperationException($"Read {read} children of {expected}: the benchmark would time a failed read.");
        }
    }
}
