using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Formats;
using YouthJustice.Interchange.Returns;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Sampling;

namespace YouthJustice.Interchange.Tests.Formats;

/// <summary>
/// Reading straight into the engine's layout (decision NJ5: <c>ReadPrepared</c>, <c>ReadFolderPrepared</c>,
/// <see cref="ServiceFormat.ReadPrepared"/>) keeps no records, and must report exactly what the reader reports and give
/// exactly the returns of <see cref="KpiEngine.Prepare"/> of what the reader returns: on clean and damaged input, in
/// every format.
/// </summary>
public sealed class PreparedReadTest : IDisposable
{
    private static readonly ServiceData Generated = SampleGenerator.Generate(new SampleOptions(500, 77, new ReportingQuarter(2023, 1), 8, "YJS01", "Example Youth Justice Service"));
    private static readonly ReportingQuarter[] Quarters = [new(2023, 2), new(2023, 4), new(2024, 1), new(2024, 3)];

    private readonly Inputs.TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Damages => new()
    {
        "none",
        "a bad date",
        "an unknown disposal",
        "a child without an id",
        "a wrong schema",
        "a document cut short",
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_json_document_read_prepared_reports_the_same_and_gives_the_same_returns(string damage)
    {
        var bytes = Damage(Json(Generated), damage);

        var read = CaseLevelJsonReader.Read(new MemoryStream(bytes));
        var prepared = CaseLevelJsonReader.ReadPrepared(new MemoryStream(bytes));

        prepared.Value.HasCaseData.Should().BeFalse();
        SameRead(prepared, read);
        if (damage is not ("a wrong schema" or "a document cut short"))
        {
            read.Value.Children.Should().HaveCountGreaterThan(450, "the comparison must cover a real service");
        }

        if (damage != "none")
        {
            read.Issues.Should().Contain(i => i.Severity == IssueSeverity.Error, "the damage must be found");
        }
    }

    [Fact]
    public void A_csv_table_set_read_prepared_reports_the_same_and_gives_the_same_returns_at_every_degree_of_parallelism()
    {
        CaseLevelCsvWriter.WriteFolder(Generated, _folder.Path);
        File.AppendAllLines(Path.Combine(_folder.Path, "children.csv"), ["C99001,2008-13-01,Male,WhiteBritish", "C00001,2008-01-01,Male,WhiteBritish"]);
        File.AppendAllLines(Path.Combine(_folder.Path, "outcomes.csv"), ["C00005,O1,2023-02-31,ReferralOrder,,,true"]);
        var read = CaseLevelCsvReader.ReadFolder(_folder.Path, maxDegreeOfParallelism: 1);
        read.Issues.Should().Contain(i => i.Severity == IssueSeverity.Error);
        read.Value.Children.Should().HaveCountGreaterThan(450);

        foreach (var degree in new[] { 1, 2, -1 })
        {
            SameRead(CaseLevelCsvReader.ReadFolderPrepared(_folder.Path, degree), read);
        }
    }

    [Fact]
    public void Every_format_read_prepared_gives_the_returns_of_its_read()
    {
        var json = Path.Combine(_folder.Path, "service.json");
        File.WriteAllBytes(json, Json(Generated));
        var yjaf = Path.Combine(_folder.Path, "yjaf.json");
        YjafWriter.WriteFile(Generated, yjaf);
        var csv = Path.Combine(_folder.Path, "tables");
        CaseLevelCsvWriter.WriteFolder(Generated, csv);

        var formats = 0;
        foreach (var (format, path) in new[] { (ServiceFormat.CaseLevelJson, json), (ServiceFormat.YjafDocument, yjaf), (ServiceFormat.CaseLevelCsv, csv) })
        {
            var prepared = format.ReadPrepared(path);
            prepared.Value.HasCaseData.Should().BeFalse(format.Name);
            SameRead(prepared, format.Read(path));
            formats++;
        }

        formats.Should().Be(3);
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_reported_not_thrown()
    {
        var missing = Path.Combine(_folder.Path, "no-such-file.json");

        var prepared = CaseLevelJsonReader.ReadPreparedFile(missing);

        prepared.IsFatal.Should().BeTrue();
        prepared.Value.ChildCount.Should().Be(0);
        prepared.Issues.Should().Equal(CaseLevelJsonReader.ReadFile(missing).Issues);
    }

    internal static void SameRead(ReadResult<PreparedService> prepared, ReadResult<ServiceData> read)
    {
        prepared.Issues.Should().Equal(read.Issues);
        prepared.Summary.Should().Be(read.Summary);
        prepared.Outcome.Should().Be(read.Outcome);
        prepared.Value.ChildCount.Should().Be(read.Value.Children.Count);
        prepared.Value.Code.Should().Be(read.Value.Code);
        prepared.Value.Name.Should().Be(read.Value.Name);

        var engine = new KpiEngine();
        var fromObjects = KpiEngine.Prepare(read.Value);
        foreach (var quarter in Quarters)
        {
            foreach (var definitions in DefinitionSet.List)
            {
                ReturnBytes(engine, prepared.Value, quarter, definitions).Should().Equal(ReturnBytes(engine, fromObjects, quarter, definitions), $"{quarter} {definitions.Name}");
            }
        }
    }

    private static byte[] ReturnBytes(KpiEngine engine, PreparedService service, ReportingQuarter quarter, DefinitionSet definitions)
    {
        using var stream = new MemoryStream();
        KpiReturnJsonWriter.Write(engine.Compute(service, quarter, definitions), stream, engine.Outcomes(service, quarter, definitions));
        return stream.ToArray();
    }

    private static byte[] Json(ServiceData data)
    {
        using var stream = new MemoryStream();
        CaseLevelJsonWriter.Write(data, stream, indented: false);
        return stream.ToArray();
    }

    private static byte[] Damage(byte[] document, string damage)
    {
        var text = Encoding.UTF8.GetString(document);
        var damaged = damage switch
        {
            "none" => text,
            "a bad date" => ReplaceFirst(text, "\"dateOfBirth\":\"20", "\"dateOfBirth\":\"19x"),
            "an unknown disposal" => ReplaceFirst(text, "\"ReferralOrder\"", "\"ReferalOrder\""),
            "a child without an id" => ReplaceFirst(text, "\"id\":\"C", "\"nid\":\"C"),
            "a wrong schema" => text.Replace("youthjustice-caselevel/1", "youthjustice-caselevel/9", StringComparison.Ordinal),
            "a document cut short" => text[..(text.Length / 2)],
            _ => throw new ArgumentOutOfRangeException(nameof(damage), damage, null),
        };
        damaged.Should().NotBe(damage == "none" ? null : text, "the damage must change the document");
        return Encoding.UTF8.GetBytes(damaged);
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the document must hold {what}");
        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length));
    }
}
