using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class ManagementBoardAttendanceKpiTest
{
    private static readonly ReportingQuarter Q1 = new(2024, 1);

    private static KpiReturn Compute(params BoardAttendance[] board)
        => new KpiEngine().Compute(KpiEngine.Prepare(Service([], [], board)), Q1, DefinitionSet.Definitions2024);

    private static BoardAttendance Entry(BoardSector sector, bool senior, bool delegated = false, bool newPartner = false, ReportingQuarter? quarter = null)
        => new(quarter ?? Q1, sector, senior, delegated, newPartner);

    [Fact]
    public void Senior_partners_from_three_sectors_and_a_delegatedfrom_education_give_three_fifths()
    {
        // kpi-rules §9.7.
        var result = Compute(
            Entry(BoardSector.ChildrensSocialCare, senior: true),
            Entry(BoardSector.Police, senior: true),
            Entry(BoardSector.Health, senior: true),
            Entry(BoardSector.Education, senior: false, delegated: true));

        var headline = result.Find("kpi7.headline")!;
        headline.Fraction.Should().Be(new Fraction(3, 5));
        headline.Value.Should().Be(60.0m);
        result.Find("kpi7.7b.delegatedSectors")!.Fraction.Should().Be(new Fraction(1, 5));
        result.Find("kpi7.7b.delegatedSectors")!.Value.Should().Be(20.0m);
        result.Find("kpi7.7a.ChildrensSocialCare")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi7.7a.Education")!.Fraction.Should().Be(new Fraction(0, 1));
        result.Find("kpi7.7a.Police")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi7.7a.Probation")!.Fraction.Should().Be(new Fraction(0, 1));
        result.Find("kpi7.7a.Health")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi7.7c.Education")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi7.7c.Police")!.Fraction.Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Service_with_no_board_return_scores_zero_out_of_five_not_no_data()
    {
        var headline = Compute().Find("kpi7.headline")!;

        headline.Fraction.Should().Be(new Fraction(0, 5));
        headline.Value.Should().Be(0.0m);
        headline.Fraction.Display(MeasureUnit.Percent).Should().Be("0.0%");
    }

    [Fact]
    public void Entries_of_other_quarters_are_ignored()
    {
        var result = Compute(
            Entry(BoardSector.Police, senior: true, quarter: new ReportingQuarter(2023, 4)),
            Entry(BoardSector.Probation, senior: true, quarter: new ReportingQuarter(2024, 2)));

        result.Find("kpi7.headline")!.Fraction.Should().Be(new Fraction(0, 5));
    }

    [Fact]
    public void Other_sector_is_never_counted()
    {
        var result = Compute(Entry(BoardSector.Other, senior: true, delegated: true, newPartner: true));

        result.Find("kpi7.headline")!.Fraction.Should().Be(new Fraction(0, 5));
        result.Find("kpi7.7b.delegatedSectors")!.Fraction.Should().Be(new Fraction(0, 5));
        result.Find("kpi7.newPartners")!.Value.Should().Be(0m);
        result.Measures.Select(m => m.Id).Where(id => id.StartsWith("kpi7.", System.StringComparison.Ordinal))
            .Should().NotContain(id => id.Contains("Other", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_sector_counts_once_when_any_entry_of_the_quarter_has_a_senior_partner()
    {
        // Two board meetings in the quarter: police sent a delegate to one and a senior officer to the other.
        var result = Compute(
            Entry(BoardSector.Police, senior: false, delegated: true),
            Entry(BoardSector.Police, senior: true),
            Entry(BoardSector.Police, senior: true));

        result.Find("kpi7.headline")!.Fraction.Should().Be(new Fraction(1, 5));
        result.Find("kpi7.7a.Police")!.Fraction.Should().Be(new Fraction(1, 1));

        // The delegated row is counted as the return counts it: independently of senior attendance.
        result.Find("kpi7.7b.delegatedSectors")!.Fraction.Should().Be(new Fraction(1, 5));
        result.Find("kpi7.7c.Police")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_sector_whose_delegate_attended_two_boards_of_the_quarter_counts_once_as_delegated()
    {
        // kpi-rules §2.8, §13.11: a sector counts at most once, whatever the number of entries of the quarter that say so.
        var result = Compute(
            Entry(BoardSector.Education, senior: false, delegated: true),
            Entry(BoardSector.Education, senior: false, delegated: true));

        result.Find("kpi7.7b.delegatedSectors")!.Fraction.Should().Be(new Fraction(1, 5));
        result.Find("kpi7.7c.Education")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi7.headline")!.Fraction.Should().Be(new Fraction(0, 5));
    }

    [Fact]
    public void All_five_senior_partners_give_one_hundred_percent()
    {
        var result = Compute(
            Entry(BoardSector.ChildrensSocialCare, senior: true),
            Entry(BoardSector.Education, senior: true),
            Entry(BoardSector.Police, senior: true),
            Entry(BoardSector.Probation, senior: true),
            Entry(BoardSector.Health, senior: true));

        result.Find("kpi7.headline")!.Value.Should().Be(100.0m);
    }

    [Fact]
    public void New_partners_are_counted_by_sector()
    {
        var result = Compute(
            Entry(BoardSector.Police, senior: true, newPartner: true),
            Entry(BoardSector.Police, senior: true, newPartner: true),
            Entry(BoardSector.Health, senior: false, delegated: true, newPartner: true),
            Entry(BoardSector.Probation, senior: true, newPartner: false));

        var newPartners = result.Find("kpi7.newPartners")!;
        newPartners.Definition.Unit.Should().Be(MeasureUnit.Count);
        newPartners.Value.Should().Be(2m);
    }

    [Theory]
    [InlineData(true, false, 1)]   // the senior partner attended: the flag counts
    [InlineData(false, true, 1)]   // a delegate attended: the flag counts
    [InlineData(false, false, 0)]  // nobody attended: the flag is ignored (kpi-rules §13.23)
    public void A_new_partner_counts_only_on_an_entry_where_someone_attended(bool senior, bool delegated, int expected)
    {
        var result = Compute(Entry(BoardSector.Education, senior, delegated, newPartner: true));

        result.Find("kpi7.newPartners")!.Value.Should().Be(expected);
    }

    [Fact]
    public void A_new_partner_flag_without_attendance_does_not_hide_one_with_attendance_in_the_same_sector()
    {
        var result = Compute(
            Entry(BoardSector.Police, senior: false, delegated: false, newPartner: true),
            Entry(BoardSector.Police, senior: true, newPartner: true),
            Entry(BoardSector.Health, senior: false, delegated: false, newPartner: true));

        result.Find("kpi7.newPartners")!.Value.Should().Be(1m);
    }

    [Fact]
    public void Measure_ids_follow_the_public_numbering_and_the_return_table_is_eight()
    {
        var ids = new KpiEngine().Catalogue.Where(m => m.Area == Kpi.Measures.KpiArea.ManagementBoardAttendance).Select(m => m.Id).ToList();

        ids.Should().Equal(
            "kpi7.headline",
            "kpi7.7a.ChildrensSocialCare",
            "kpi7.7a.Education",
            "kpi7.7a.Police",
            "kpi7.7a.Probation",
            "kpi7.7a.Health",
            "kpi7.7b.delegatedSectors",
            "kpi7.7c.ChildrensSocialCare",
            "kpi7.7c.Education",
            "kpi7.7c.Police",
            "kpi7.7c.Probation",
            "kpi7.7c.Health",
            "kpi7.newPartners");
        Kpi.Measures.KpiArea.ManagementBoardAttendance.ReturnTableNumber.Should().Be(8);
    }

    [Fact]
    public void Both_definition_sets_give_the_same_figures()
    {
        var service = KpiEngine.Prepare(Service([], [], [Entry(BoardSector.Police, senior: true), Entry(BoardSector.Health, senior: false, delegated: true)]));
        var engine = new KpiEngine();

        var a = engine.Compute(service, Q1, DefinitionSet.Definitions2023).Measures.Where(m => m.Id.StartsWith("kpi7.", System.StringComparison.Ordinal)).Select(m => m.Fraction);
        var b = engine.Compute(service, Q1, DefinitionSet.Definitions2024).Measures.Where(m => m.Id.StartsWith("kpi7.", System.StringComparison.Ordinal)).Select(m => m.Fraction);

        a.Should().Equal(b);
        Engine.DefinitionRules.For(engine.Catalogue.Single(m => m.Id == "kpi7.headline")).Should().StartWith("KPI 7 (management board attendance): the 2023 and 2024 definitions count it the same way");
    }

    [Fact]
    public void Explanation_says_the_measure_is_not_child_based()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-10-01", "2024-05-31").Build();
        var prepared = KpiEngine.Prepare(Service(new List<Domain.Cases.ChildCase> { child }, [], [Entry(BoardSector.Police, senior: true)]));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q1).AsT0;

        var kpi7 = explanation.Measures.Where(m => m.MeasureId.StartsWith("kpi7.", System.StringComparison.Ordinal)).ToList();
        kpi7.Should().HaveCount(13);
        kpi7.Should().OnlyContain(m => m.Status == ChildMeasureStatus.NotInDenominator);
        kpi7.Single(m => m.MeasureId == "kpi7.headline").Reasons.Should().Equal("a service-level measure");
    }
}
