using System.Text.Json;
using System.Text.Json.Nodes;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Sampling;

namespace YouthJustice.Interchange.Tests.Mutation;

/// <summary>
/// Thousands of random byte and field mutations of real documents (fixed seed): the readers never throw, and the
/// summary always accounts for every item — counts add up, what was accepted is what was returned, and every child
/// in the document was seen.
/// </summary>
public class MutationTest
{
    private const int Seed = 20_240_401;

    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "-0.5", "9", "1e400", "12345678901234567890", "\"\"", "\" \"", "\"x\"", "\"1900-01-01\"",
        "\"2023-02-30\"", "\"2024-02-29\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"2024Q1\"", "\"1\"", "\"Male\"", "\"ReferralOrder\"",
        "\"DetentionAndTrainingOrderCustody\"", "\"LIVING_WITH_PARENT_S\"", "\"REFERRAL_ORDER\"", "\"DTO_LICENCE\"", "\"SECTION_90_91_DETENTION\"", "\"Yes\"", "\"OTHER\"", "[]", "{}", "[\"O1\", \"O1\"]", "[1]", "\"" + new string('x', 70) + "\"",
    ];

    private static readonly byte[][] Documents =
    [
        Encoding.UTF8.GetBytes(Inputs.SampleJson),
        Write(SampleGenerator.Generate(new SampleOptions(12, 7, new ReportingQuarter(2023, 1), 4, "YJS02", "Generated"))),
    ];

    [Fact]
    public void Random_byte_mutations_never_throw_and_always_add_up()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 1500; i++)
        {
            var original = Documents[i % Documents.Length];
            var mutated = MutateBytes(original, random);

            var result = Read(mutated, i);

            CheckAccounts(result, i);
        }
    }

    [Fact]
    public void Random_field_mutations_never_throw_and_every_child_is_seen()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < 1500; i++)
        {
            var original = Documents[i % Documents.Length];
            var mutated = MutateField(original, random);

            var result = Read(mutated, i);

            CheckAccounts(result, i);
            using var document = JsonDocument.Parse(mutated);
            if (document.RootElement.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.String
                && schema.GetString() == CaseLevelJsonReader.Schema
                && document.RootElement.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                result.Summary.For(InputItemKind.Child).Seen.Should().Be(children.GetArrayLength(), "mutation {0} keeps every child visible", i);
            }
        }
    }

    [Fact]
    public void Random_mutations_of_csv_files_never_throw_and_always_add_up()
    {
        var random = new Random(Seed + 2);
        using var source = new Inputs.TempFolder();
        CaseLevelCsvWriter.WriteFolder(SampleGenerator.Generate(new SampleOptions(10, 11, new ReportingQuarter(2023, 1), 4, "YJS03", "Generated")), source.Path);
        var files = Directory.GetFiles(source.Path).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
        using var target = new Inputs.TempFolder();
        for (var i = 0; i < 200; i++)
        {
            foreach (var (name, bytes) in files)
            {
                File.WriteAllBytes(target.File(name), bytes);
            }

            var (victim, original) = files[random.Next(files.Length)];
            if (random.Next(10) == 0)
            {
                File.Delete(target.File(victim));
            }
            else
            {
                File.WriteAllBytes(target.File(victim), MutateBytes(original, random));
            }

            ReadResult<ServiceData>? result = null;
            var read = () => result = CaseLevelCsvReader.ReadFolder(target.Path);
            read.Should().NotThrow("CSV mutation {0} of {1}", i, victim);
            CheckAccounts(result!, i);
        }
    }

    [Fact]
    public void Random_mutations_of_yjaf_documents_and_lines_never_throw_and_always_add_up()
    {
        // The YJB's shape (issue 13): a document of child documents, and the same as lines; two children share a ypid
        // so that the latest-document rule is exercised too.
        var service = SampleGenerator.Generate(new SampleOptions(12, 13, new ReportingQuarter(2023, 1), 4, "YJS04", "Generated"));
        var document = Yjaf(service, lines: false);
        var lines = Yjaf(service, lines: true);
        var random = new Random(Seed + 3);
        var documentsChecked = 0;
        for (var i = 0; i < 1500; i++)
        {
            var asLines = i % 3 == 2;
            var mutated = asLines ? MutateBytes(lines, random) : i % 3 == 0 ? MutateBytes(document, random) : MutateField(document, random);

            ReadResult<ServiceData>? result = null;
            var read = () => result = asLines ? YjafReader.ReadNdjson(new MemoryStream(mutated)) : YjafReader.Read(new MemoryStream(mutated));
            read.Should().NotThrow("YJAF mutation {0} must be reported, not thrown", i);

            CheckAccounts(result!, i);
            if (!asLines && i % 3 == 1)
            {
                using var parsed = JsonDocument.Parse(mutated);
                if (parsed.RootElement.TryGetProperty("documents", out var documents) && documents.ValueKind == JsonValueKind.Array)
                {
                    result!.Summary.For(InputItemKind.YjafDocument).Seen.Should().Be(documents.GetArrayLength(), "YJAF mutation {0} keeps every document visible", i);
                    documentsChecked++;
                }
            }
        }

        documentsChecked.Should().BeGreaterThan(300, "the field mutations leave most documents' lists in place");
    }

    private static byte[] Yjaf(ServiceData service, bool lines)
    {
        using var stream = new MemoryStream();
        if (lines)
        {
            YjafWriter.WriteNdjson(service, stream);
        }
        else
        {
            YjafWriter.Write(service, stream, indented: false);
        }

        return stream.ToArray();
    }

    private static ReadResult<ServiceData> Read(byte[] bytes, int mutation)
    {
        ReadResult<ServiceData>? result = null;
        var read = () => result = CaseLevelJsonReader.Read(new MemoryStream(bytes));
        read.Should().NotThrow("mutation {0} must be reported, not thrown", mutation);
        return result!;
    }

    private static void CheckAccounts(ReadResult<ServiceData> result, int mutation)
    {
        var summary = result.Summary;
        foreach (var count in summary.Items)
        {
            count.Seen.Should().Be(count.Accepted + count.Rejected, "mutation {0}: {1}", mutation, count.Kind);
            count.RejectedByCode.Values.Sum().Should().Be(count.Rejected);
        }

        var children = result.Value.Children;
        summary.For(InputItemKind.Child).Accepted.Should().Be(children.Count, "mutation {0}", mutation);
        summary.For(InputItemKind.Offence).Accepted.Should().Be(children.Sum(c => c.Offences.Count), "mutation {0}", mutation);
        summary.For(InputItemKind.Outcome).Accepted.Should().Be(children.Sum(c => c.Offences.Sum(o => o.Outcomes.Count)), "mutation {0}", mutation);
        summary.For(InputItemKind.Intervention).Accepted.Should().Be(children.Sum(c => c.Interventions.Count), "mutation {0}", mutation);
        summary.For(InputItemKind.Ete).Accepted.Should().Be(children.Sum(c => c.Ete.Count), "mutation {0}", mutation);
        summary.For(InputItemKind.Victim).Accepted.Should().Be(children.Sum(c => c.Victims.Count), "mutation {0}", mutation);
        summary.For(InputItemKind.Population).Accepted.Should().Be(result.Value.Populations.Count, "mutation {0}", mutation);
        summary.For(InputItemKind.BoardAttendance).Accepted.Should().Be(result.Value.BoardAttendance.Count, "mutation {0}", mutation);
        summary.Errors.Should().Be(result.Errors.Count());
        summary.Warnings.Should().Be(result.Warnings.Count());
        // A YJAF document left out by the pipeline's record rules (a later document of the child, a deleted child) is
        // rejected with a warning, not an error: the rule, not a loss (decision YJ-1). Every other rejection has its error.
        var byRule = summary.Items.Sum(c => c.RejectedByCode.Where(r => r.Key is IssueCodes.YjafSuperseded or IssueCodes.YjafDeleted).Sum(r => r.Value));
        if (summary.Rejected > byRule)
        {
            summary.Errors.Should().BePositive("mutation {0}: a rejection always has its error ({1})", mutation, string.Join(", ", summary.Items.SelectMany(c => c.RejectedByCode.Select(r => $"{c.Kind}:{r.Key}"))));
        }

        result.Issues.Should().NotContain(i => i.Reason.Length == 0 || i.Code.Length == 0);
    }

    private static byte[] MutateBytes(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(20)));
                    break;
                case 2:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "{", "}", "[", "]", ",", ":", "\"", "\\", "\n", ";", "\r\n" }[random.Next(11)]));
                    break;
                default:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(200));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] MutateField(byte[] original, Random random)
    {
        var root = JsonNode.Parse(original)!.AsObject();
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var objects = Objects(root).ToList();
            var target = objects[random.Next(objects.Count)];
            var names = target.Select(p => p.Key).ToList();
            switch (random.Next(5))
            {
                case 0 when names.Count > 0:
                    target.Remove(names[random.Next(names.Count)]);
                    break;
                case 1 when names.Count > 0:
                    var renamed = names[random.Next(names.Count)];
                    var value = target[renamed]?.DeepClone();
                    target.Remove(renamed);
                    target[renamed.ToUpperInvariant()] = value;
                    break;
                case 2 when (root["children"] ?? root["documents"]) is JsonArray children && children.Count > 0:
                    children.Add(children[random.Next(children.Count)]!.DeepClone());
                    break;
                default:
                    if (names.Count > 0)
                    {
                        target[names[random.Next(names.Count)]] = JsonNode.Parse(Replacements[random.Next(Replacements.Length)]);
                    }

                    break;
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    foreach (var inner in Objects(item))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static byte[] Write(ServiceData data)
    {
        using var stream = new MemoryStream();
        CaseLevelJsonWriter.Write(data, stream);
        return stream.ToArray();
    }
}
