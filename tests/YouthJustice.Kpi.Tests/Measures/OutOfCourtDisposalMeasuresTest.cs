using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 6's catalogue is written out id by id (so that every id can be searched for); these check that the template's
/// 6a columns cover every out-of-court disposal once and that each written id names the disposals its column reads.
/// </summary>
public class OutOfCourtDisposalMeasuresTest
{
    private static readonly OutOfCourtDisposalMeasure[] All = OutOfCourtDisposalMeasures.All;

    private static readonly OutOfCourtDisposalMeasure[] Columns = All.Where(m => m.Rule == OutOfCourtDisposalRule.CompletedByDisposal).ToArray();

    [Fact]
    public void Ids_are_unique_in_the_kpi6_namespace_and_the_kpi_publishes_them_in_catalogue_order()
    {
        All.Should().HaveCount(2 + 6);
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi6.", System.StringComparison.Ordinal));
        All.Take(2).Select(m => (m.Id, m.Rule)).Should().Equal(("kpi6.headline", OutOfCourtDisposalRule.Headline), ("kpi6.notCompleted", OutOfCourtDisposalRule.NotCompleted));
        All.Take(2).Should().OnlyContain(m => m.Disposals.Length == 0);
        new OutOfCourtDisposalsKpi().Measures.Select(m => (m.Id, m.Title)).Should().Equal(All.Select(m => (m.Id, m.Title)));
    }

    [Fact]
    public void Six_a_covers_every_out_of_court_disposal_exactly_once()
    {
        var outOfCourt = Disposal.List.Where(d => d.TypeOfOrder is { IsOutOfCourt: true }).ToList();

        outOfCourt.Should().HaveCountGreaterThanOrEqualTo(Columns.Length, "every column reads at least one out-of-court disposal");
        Columns.SelectMany(m => m.Disposals).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(outOfCourt);
    }

    [Fact]
    public void Each_written_id_names_the_disposals_of_its_column()
    {
        // One disposal: its name; Outcome 20 and 21 share a column: "Outcome20Or21", which also reads the YJB's one code
        // for either, the disposal of that very name (decision YJ-19).
        foreach (var column in Columns)
        {
            var named = column.Disposals.Where(d => column.Id != "kpi6.6a." + d.Name || column.Disposals.Length == 1).ToArray();
            var first = named[0].Name;
            var stem = first.TrimEnd("0123456789".ToCharArray());
            var rest = named.Skip(1).Select(d => d.Name).ToList();
            rest.Where(name => !name.StartsWith(stem, System.StringComparison.Ordinal)).Should().BeEmpty(column.Id);

            column.Id.Should().Be("kpi6.6a." + first + string.Concat(rest.Select(name => "Or" + name[stem.Length..])));
            column.Disposals.Should().OnlyContain(d => column.Reads(d));
        }

        Columns.Should().Contain(m => m.Disposals.Length > 1, "the shared column is checked too");
        Columns.Single(m => m.Id == "kpi6.6a.Outcome20Or21").Disposals.Should().Equal(Disposal.Outcome20, Disposal.Outcome21, Disposal.Outcome20Or21);
    }
}
