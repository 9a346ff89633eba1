using System.IO;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The benchmark services on disk: written once per size (seed 7, <see cref="BenchmarkData"/>) into
/// <c>$TMPDIR/yj-benchmark-data</c> and reused by later runs, since writing a million children takes minutes.
/// Delete the folder to regenerate.
/// </summary>
public static class BenchmarkFiles
{
    /// <summary>The CSV table set and the JSON document of a service of <paramref name="children"/> children.</summary>
    /// <param name="children">How many children.</param>
    /// <returns>The CSV folder and the JSON file.</returns>
    public static (string Csv, string Json) For(int children)
    {
        var root = Path.Combine(Path.GetTempPath(), "yj-benchmark-data", $"{children}-seed{BenchmarkData.Seed}");
        var csv = Path.Combine(root, "csv");
        var json = Path.Combine(root, "service.json");
        var done = Path.Combine(root, "complete");
        if (!File.Exists(done))
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            Directory.CreateDirectory(root);
            var service = SampleGenerator.Generate(BenchmarkData.Options(children));
            CaseLevelCsvWriter.WriteFolder(service, csv);
            using (var stream = File.Create(json))
            {
                CaseLevelJsonWriter.Write(service, stream, indented: false);
            }

            File.WriteAllText(done, "");
        }

        return (csv, json);
    }
}
