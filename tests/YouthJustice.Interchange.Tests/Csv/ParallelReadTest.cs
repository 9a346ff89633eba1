using YouthJustice.Sampling;

namespace YouthJustice.Interchange.Tests.Csv;

/// <summary>
/// The files of a table set are read in parallel (issue 10); the result must not depend on it: the same data, the same
/// issues in the same order, the same counts, whatever the degree of parallelism and whichever file finishes first.
/// </summary>
public sealed class ParallelReadTest : IDisposable
{
    private readonly Inputs.TempFolder _folder = new();

    public ParallelReadTest()
    {
        var service = SampleGenerator.Generate(new SampleOptions(400, 11, new ReportingQuarter(2023, 1), 8, "YJS01", "Example Youth Justice Service"));
        CaseLevelCsvWriter.WriteFolder(service, _folder.Path);

        // Damage in every file, so that each contributes errors, rejections and warnings of its own.
        Append("children.csv", "C00001,2008-01-01,Male,WhiteBritish", "C99001,2008-13-01,Male,WhiteBritish", "C99002,2008-01-01,male,WhiteBritish");
        Append("offences.csv", "C00002,O1,2023-01-01,,Robbery,5,false", "C00003,O77,2023-01-01,,Robbery,9,false", "C99999,O1,2023-01-01,,Robbery,5,false");
        Append("outcomes.csv", "C00003,O77,2023-02-01,ReferralOrder,,,true", "C00004,O99,2023-02-01,ReferralOrder,,,true", "C00005,O1,2023-02-31,ReferralOrder,,,true");
        // The generated service has release dates, so interventions.csv has its release_date column (decision K7-5).
        Append("interventions.csv", "C00006,I1,ReferralOrder,2023-02-01,,O1,,", "C00007,I50,ReferralOrder,2023-02-01,,O404,,", "C00008,I51,ReferralOrder,2023-02-01,2023-01-01,O1,,");
        Append("accommodation.csv", "C00009,2023-01-01,,Castle,Suitable,true", "C99998,2023-01-01,,LivingWithParents,Suitable,true");
        Append("ete.csv", "C00010,2023-01-01,,College,Suitable,10,12", "C00011,2023-01-01,,College,Suitable,-1,", "C00012,2023-01-01,,College,Suitable,10");
        Append("send_aln.csv", "C00013,2023-01-01,,maybe,false");
        Append("mental_health.csv", "C00014,2023-01-01,,,2023-05-01,2023-04-01,");
        Append("substance_misuse.csv", "C00015,not a date,,,,,");
        Append("care_status.csv", "C00016,Orphaned,2023-01-01,");
        Append("victims.csv", "C00017,V1,O404,true,true,true,true,true,true,true,true", "C00018,V2,O1,yes,true,true,true,true,true,true,true");
        Append("populations.csv", "2024,-5");
        Append("board_attendance.csv", "2024Q5,Police,true,false,false");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(-1)]
    public void The_files_read_in_parallel_give_the_data_issues_and_counts_of_one_after_another(int degree)
    {
        var serial = CaseLevelCsvReader.ReadFolder(_folder.Path, maxDegreeOfParallelism: 1);

        // Not vacuous: the damage above is found in every file, so the order of the files' issues is tested.
        serial.Issues.Select(i => i.Location.File).Distinct().Should().HaveCountGreaterThanOrEqualTo(13);
        serial.Issues.Should().Contain(i => i.Severity == IssueSeverity.Warning).And.Contain(i => i.Severity == IssueSeverity.Error);
        serial.Summary.Items.Sum(c => c.Rejected).Should().BeGreaterThanOrEqualTo(20);
        serial.Value.Children.Should().HaveCountGreaterThan(390);

        for (var run = 0; run < 3; run++)
        {
            var parallel = CaseLevelCsvReader.ReadFolder(_folder.Path, degree);

            parallel.Issues.Should().Equal(serial.Issues);
            parallel.Summary.Should().Be(serial.Summary);
            parallel.Value.Should().Be(serial.Value);
        }
    }

    [Fact]
    public void The_issues_of_the_files_come_in_file_order_then_those_found_building_the_children()
    {
        string[] order =
        [
            "children.csv", "offences.csv", "outcomes.csv", "interventions.csv", "accommodation.csv", "ete.csv", "send_aln.csv",
            "mental_health.csv", "substance_misuse.csv", "care_status.csv", "victims.csv", "populations.csv", "board_attendance.csv",
        ];

        var issues = CaseLevelCsvReader.ReadFolder(_folder.Path).Issues.ToList();

        var lastRowIssue = issues.FindLastIndex(i => i.Location.File == "board_attendance.csv");
        var ranks = issues.Take(lastRowIssue + 1).Select(i => Array.IndexOf(order, i.Location.File)).ToList();
        ranks.Should().BeInAscendingOrder().And.OnlyContain(r => r >= 0);
        ranks.Distinct().Should().HaveCount(order.Length);

        // Found when the children are built, after every file: the second C00001 and the data-quality warnings.
        var duplicateChild = issues.FindIndex(i => i.Value == "C00001" && i.Code == "DQ-003");
        duplicateChild.Should().BeGreaterThan(lastRowIssue);
        issues.Skip(lastRowIssue + 1).Should().Contain(i => i.Severity == IssueSeverity.Warning && i.Location.File == "interventions.csv")
            .And.Contain(i => i.Severity == IssueSeverity.Warning && i.Location.File == "ete.csv");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_degree_of_parallelism_of_zero_or_below_minus_one_is_refused(int degree)
    {
        var read = () => CaseLevelCsvReader.ReadFolder(_folder.Path, degree);

        read.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism");
    }

    private void Append(string file, params string[] lines)
        => File.AppendAllText(_folder.File(file), string.Join("\n", lines) + "\n");
}
