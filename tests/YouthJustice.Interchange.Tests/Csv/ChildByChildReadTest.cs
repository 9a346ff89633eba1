using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Tests.Formats;
using YouthJustice.Sampling;

namespace YouthJustice.Interchange.Tests.Csv;

/// <summary>
/// A table set whose files are in the order of <c>children.csv</c> is read child by child, a window of children at a
/// time, so that only one window's records wait in memory (decision NJ6); a set whose files are not is read again,
/// each file whole. Either way the result must be exactly that of reading each file whole: the same data, issues in
/// the same order, counts and returns, at every window size and degree of parallelism.
/// </summary>
public sealed class ChildByChildReadTest : IDisposable
{
    private const int Children = 300;

    private static readonly string[] LinkedFiles =
    [
        "offences.csv", "outcomes.csv", "interventions.csv", "accommodation.csv", "ete.csv", "send_aln.csv", "mental_health.csv",
        "substance_misuse.csv", "care_status.csv", "victims.csv",
    ];

    private readonly Inputs.TempFolder _folder = new();

    public ChildByChildReadTest()
    {
        var service = SampleGenerator.Generate(new SampleOptions(Children, 19, new ReportingQuarter(2023, 1), 8, "YJS01", "Example Youth Justice Service"));
        CaseLevelCsvWriter.WriteFolder(service, _folder.Path);

        // Damage in every file (as ParallelReadTest's), each line at the end of its file for now.
        Append("children.csv", "C00001,2008-01-01,Male,WhiteBritish", "C99001,2008-13-01,Male,WhiteBritish");
        InsertAfter("children.csv", 100, "C99003,2008-01-01,Male", ",2008-01-01,Male,WhiteBritish", "C99004,2008-01-01,Male,Martian");
        Append("offences.csv", "C00002,O1,2023-01-01,,Robbery,5,false", "C00203,O77,2023-01-01,,Robbery,9,false", "C99999,O1,2023-01-01,,Robbery,5,false");
        Append("outcomes.csv", "C00203,O77,2023-02-01,ReferralOrder,,,true", "C00004,O99,2023-02-01,ReferralOrder,,,true", "C00150,O1,2023-02-31,ReferralOrder,,,true");
        Append("interventions.csv", "C00006,I1,ReferralOrder,2023-02-01,,O1,,", "C00107,I50,ReferralOrder,2023-02-01,,O404,,", "C00298,I51,ReferralOrder,2023-02-01,2023-01-01,O1,,");
        Append("accommodation.csv", "C00009,2023-01-01,,Castle,Suitable,true", "C99998,2023-01-01,,LivingWithParents,Suitable,true");
        Append("ete.csv", "C00010,2023-01-01,,College,Suitable,10,12", "C00211,2023-01-01,,College,Suitable,-1,", "C00012,2023-01-01,,College,Suitable,10");
        Append("send_aln.csv", "C00113,2023-01-01,,maybe,false");
        Append("mental_health.csv", "C00014,2023-01-01,,,2023-05-01,2023-04-01,");
        Append("substance_misuse.csv", "C00215,not a date,,,,,");
        Append("care_status.csv", "C00016,Orphaned,2023-01-01,");
        Append("victims.csv", "C00017,V1,O404,true,true,true,true,true,true,true,true", "C00218,V2,O1,yes,true,true,true,true,true,true,true");
        Append("populations.csv", "2024,-5");
        Append("board_attendance.csv", "2024Q5,Police,true,false,false");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 1)]
    [InlineData(7, 2)]
    [InlineData(64, -1)]
    [InlineData(4096, 1)]
    public void Files_in_children_order_are_read_child_by_child_with_the_result_of_reading_each_file_whole(int window, int degree)
    {
        InChildOrder();
        var whole = CaseLevelCsvReader.ReadFolder(_folder.Path, 1, windowSize: 0, out var wholeByChild);
        wholeByChild.Should().BeFalse();
        Guard(whole);

        var byChild = CaseLevelCsvReader.ReadFolder(_folder.Path, degree, window, out var readByChild);

        readByChild.Should().BeTrue("every file is in the order of children.csv");
        byChild.Issues.Should().Equal(whole.Issues);
        byChild.Summary.Should().Be(whole.Summary);
        byChild.Value.Should().Be(whole.Value);

        var prepared = CaseLevelCsvReader.ReadFolderPrepared(_folder.Path, degree, window, out var preparedByChild);
        preparedByChild.Should().BeTrue();
        PreparedReadTest.SameRead(prepared, whole);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(64)]
    public void A_file_with_a_row_of_a_child_whose_window_has_passed_is_read_again_whole_with_the_same_result(int window)
    {
        // The damage stays at the end of each file: C00002's offence comes after C00299's rows.
        var whole = CaseLevelCsvReader.ReadFolder(_folder.Path, 1, windowSize: 0, out _);
        Guard(whole);

        var read = CaseLevelCsvReader.ReadFolder(_folder.Path, -1, window, out var readByChild);

        readByChild.Should().BeFalse();
        read.Issues.Should().Equal(whole.Issues);
        read.Summary.Should().Be(whole.Summary);
        read.Value.Should().Be(whole.Value);
        SameAsPublicRead(read);
    }

    [Fact]
    public void Rows_out_of_order_within_one_window_are_read_child_by_child()
    {
        InChildOrder();
        var path = _folder.File("interventions.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], .. lines[1..].Reverse()]);
        var whole = CaseLevelCsvReader.ReadFolder(_folder.Path, 1, windowSize: 0, out _);

        var read = CaseLevelCsvReader.ReadFolder(_folder.Path, 1, Children + 2, out var readByChild);

        readByChild.Should().BeTrue("one window holds every child");
        read.Issues.Should().Equal(whole.Issues);
        read.Summary.Should().Be(whole.Summary);
        read.Value.Should().Be(whole.Value);
        read.Value.Children[0].Interventions.Should().NotBeEmpty("the reversed file's records must be read");
    }

    [Fact]
    public void A_table_set_without_children_rejects_every_linked_row_as_reading_each_file_whole_does()
    {
        var children = _folder.File("children.csv");
        File.WriteAllLines(children, [File.ReadLines(children).First()]);
        var rows = File.ReadLines(_folder.File("interventions.csv")).Count() - 1;
        var whole = CaseLevelCsvReader.ReadFolder(_folder.Path, 1, windowSize: 0, out _);

        var read = CaseLevelCsvReader.ReadFolder(_folder.Path, 2, 16, out var readByChild);

        readByChild.Should().BeTrue();
        read.Issues.Should().Equal(whole.Issues);
        read.Summary.Should().Be(whole.Summary);
        var interventions = read.Summary.Items.Single(c => c.Kind == InputItemKind.Intervention);
        interventions.Seen.Should().Be(rows).And.BeGreaterThan(Children);
        interventions.Rejected.Should().Be(rows);
    }

    /// <summary>Not vacuous: the damage is found in every file, the service is a real one.</summary>
    private static void Guard(ReadResult<ServiceData> read)
    {
        read.Issues.Select(i => i.Location.File).Distinct().Should().HaveCountGreaterThanOrEqualTo(13);
        read.Issues.Should().Contain(i => i.Severity == IssueSeverity.Warning).And.Contain(i => i.Severity == IssueSeverity.Error);
        read.Summary.Items.Sum(c => c.Rejected).Should().BeGreaterThanOrEqualTo(15);
        read.Value.Children.Should().HaveCountGreaterThan(Children - 10);
    }

    private void SameAsPublicRead(ReadResult<ServiceData> read)
    {
        var reread = CaseLevelCsvReader.ReadFolder(_folder.Path);
        reread.Issues.Should().Equal(read.Issues);
        reread.Value.Should().Be(read.Value);
    }

    /// <summary>
    /// Puts each linked file's rows in the order of their children in children.csv (stable: a child's rows keep their
    /// order; a row of no child stays after the row before it), as a table set is written.
    /// </summary>
    private void InChildOrder()
    {
        var ordinal = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(_folder.File("children.csv")).Skip(1))
        {
            ordinal.TryAdd(line.Split(',')[0], ordinal.Count);
        }

        foreach (var file in LinkedFiles)
        {
            var lines = File.ReadAllLines(_folder.File(file));
            var key = -1;
            var keyed = lines[1..].Select(line =>
            {
                key = ordinal.TryGetValue(line.Split(',')[0], out var o) ? o : key;
                return (Key: key, Line: line);
            }).ToList();
            File.WriteAllLines(_folder.File(file), [lines[0], .. keyed.OrderBy(k => k.Key).Select(k => k.Line)]);
        }
    }

    private void InsertAfter(string file, int line, params string[] lines)
    {
        var all = File.ReadAllLines(_folder.File(file));
        File.WriteAllLines(_folder.File(file), [.. all[..(line + 1)], .. lines, .. all[(line + 1)..]]);
    }

    private void Append(string file, params string[] lines)
        => File.AppendAllText(_folder.File(file), string.Join("\n", lines) + "\n");
}
