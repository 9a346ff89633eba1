using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Testing.Dates;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>
/// KPI 9 at its boundaries (kpi-rules §2.9, §13.13, §13.22): the quarter's first and last day in the figures and in the
/// explanation, the dedup of one offence's outcomes whichever is listed first, the 10th and 18th birthdays and a
/// leap-day birthday on the age reference day, and the one age band per child of 9f.
/// </summary>
public class SeriousViolenceBoundariesTest
{
    /// <summary>2023Q1: 2023-04-01 to 2023-06-30.</summary>
    private static readonly ReportingQuarter Q1 = new(2023, 1);

    private static readonly PopulationEstimate[] Populations = [new(2022, 24_000), new(2023, 20_000), new(2024, 20_000), new(2025, 20_000)];

    private static KpiReturn Compute(ReportingQuarter quarter, params ChildCase[] children)
        => Returns.Of(Service(children, Populations, []), quarter, DefinitionSet.Definitions2024);

    private static ChildExplanation Explain(ReportingQuarter quarter, ChildCase child)
        => new KpiEngine().Explain(KpiEngine.Prepare(Service([child], Populations, [])), child.Id, quarter).AsT0;

    /// <summary>A robbery scored 6 (serious violence) with one outcome, linked to an open intervention with that disposal.</summary>
    private static ChildCase Robbery(string child, string outcomeDate, Disposal? outcome = null, string dateOfBirth = "2008-05-01")
        => Child(child, dateOfBirth).Order("I1", outcome ?? Disposal.ReferralOrder, outcomeDate, null, category: OffenceCategory.Robbery, seriousness: 6).Build();

    /// <summary>A robbery scored 6 with several outcomes (in the order given), linked to an open referral order.</summary>
    private static ChildCase RobberyWithOutcomes(params (Disposal Outcome, string Date)[] outcomes)
        => Child("C1")
            .Offence(new Offence(new OffenceId("O1"), D("2023-03-01"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, outcomes.Select(o => new LegalOutcome(D(o.Date), o.Outcome, null, null, true)).ToList()))
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-04-10"), null, [new OffenceId("O1")], null))
            .Build();

    [Theory]
    [InlineData("2023-03-31", ChildMeasureStatus.NotInDenominator)]
    [InlineData("2023-04-01", ChildMeasureStatus.Met)]
    [InlineData("2023-06-30", ChildMeasureStatus.Met)]
    [InlineData("2023-07-01", ChildMeasureStatus.NotInDenominator)]
    public void Serious_violence_outcome_on_the_first_or_last_day_of_the_quarter_is_in_the_childs_explanation(string outcomeDate, ChildMeasureStatus expected)
        => Explain(Q1, Robbery("C1", outcomeDate)).Measures.Single(m => m.MeasureId == "kpi9.9a.seriousViolenceOffences").Status.Should().Be(expected);

    [Fact]
    public void Serious_violence_outcome_on_the_first_day_of_the_quarter_counts()
    {
        var result = Compute(Q1, Robbery("C1", "2023-04-01"));

        result.Find("kpi9.headline")!.Fraction.Should().Be(new Fraction(1, 24_000));
        result.Find("kpi9.9b.childrenWithSeriousViolence")!.Fraction.Should().Be(new Fraction(1, 1));
        Compute(new ReportingQuarter(2022, 4), Robbery("C1", "2023-04-01")).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Serious_violence_outcome_on_the_last_day_of_the_quarter_counts()
    {
        var result = Compute(Q1, Robbery("C1", "2023-06-30"));

        result.Find("kpi9.headline")!.Fraction.Should().Be(new Fraction(1, 24_000));
        Compute(new ReportingQuarter(2023, 2), Robbery("C1", "2023-06-30")).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_outcomes_of_the_same_rank_keep_the_later_date_whichever_is_listed_first(bool laterFirst)
    {
        (Disposal, string)[] outcomes = [(Disposal.ReferralOrder, "2023-06-20"), (Disposal.ReferralOrder, "2023-07-05")];
        var child = RobberyWithOutcomes(laterFirst ? [.. outcomes.AsEnumerable().Reverse()] : outcomes);

        Compute(Q1, child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
        Compute(new ReportingQuarter(2023, 2), child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Of_two_outcomes_of_the_same_rank_and_date_the_earlier_age_reference_day_is_kept_whichever_is_listed_first(bool laterHearingFirst)
    {
        // Two YROs on 2023-06-20 (same rank, same date), first heard on 2023-05-01 (aged 14, the 15th birthday is
        // 2023-05-02) and 2023-05-02 (aged 15): the earlier hearing's age, 14, is the child's in 9f, in either order.
        LegalOutcome Yro(string firstHearing) => new(D("2023-06-20"), Disposal.YouthRehabilitationOrder, D(firstHearing), null, true);
        LegalOutcome[] outcomes = laterHearingFirst ? [Yro("2023-05-02"), Yro("2023-05-01")] : [Yro("2023-05-01"), Yro("2023-05-02")];
        var child = Child("C1", "2008-05-02")
            .Offence(new Offence(new OffenceId("O1"), D("2023-03-01"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, outcomes))
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.YouthRehabilitationOrder, D("2023-06-20"), null, [new OffenceId("O1")], null))
            .Build();

        var result = Compute(Q1, child);

        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi9.9f.age.Aged10To14")!.Numerator.Should().Be(1);
        result.Find("kpi9.9f.age.Aged15To17")!.Numerator.Should().Be(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_most_serious_outcome_is_kept_even_when_it_is_earlier_whichever_is_listed_first(bool mostSeriousFirst)
    {
        // kpi-rules §13.3: a YRO outranks a referral order; its date (in Q1) places the offence, the later referral order does not.
        (Disposal, string)[] outcomes = [(Disposal.ReferralOrder, "2023-07-05"), (Disposal.YouthRehabilitationOrder, "2023-06-20")];
        var child = RobberyWithOutcomes(mostSeriousFirst ? [.. outcomes.AsEnumerable().Reverse()] : outcomes);

        var q1 = Compute(Q1, child);
        q1.Find("kpi9.9e.YouthRehabilitationOrder")!.Fraction.Should().Be(new Fraction(1, 1));
        q1.Find("kpi9.9e.ReferralOrder")!.Fraction.Should().Be(new Fraction(0, 0));
        Compute(new ReportingQuarter(2023, 2), child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("2005-06-15", 0)] // 18 on the outcome date (a court outcome with no first hearing): not a child
    [InlineData("2005-06-16", 1)] // 17 until the next day
    [InlineData("2013-06-15", 1)] // 10 on the outcome date
    [InlineData("2013-06-16", 0)] // 9 until the next day
    public void A_court_outcome_counts_from_the_10th_birthday_to_the_day_before_the_18th(string dateOfBirth, int counted)
        => Compute(Q1, Robbery("C1", "2023-06-15", dateOfBirth: dateOfBirth)).Find("kpi9.9a.seriousViolenceOffences")!.Numerator.Should().Be(counted);

    [Theory]
    [InlineData("2026-02-28", 1)] // still 17
    [InlineData("2026-03-01", 0)] // 18 on 1 March in a common year
    public void A_child_born_on_29_February_turns_18_on_1_March_for_serious_violence(string outcomeDate, int counted)
        => Compute(new ReportingQuarter(2025, 4), Robbery("C1", outcomeDate, dateOfBirth: "2008-02-29"))
            .Find("kpi9.9a.seriousViolenceOffences")!.Numerator.Should().Be(counted);

    [Fact]
    public void The_age_band_comes_from_the_serious_violence_offences_only()
    {
        // kpi-rules §13.22: aged 14 at a theft (not serious violence) and 15 at a robbery scored 6: band 15-17.
        var child = Child("C1", "2008-05-20")
            .Order("I1", Disposal.ReferralOrder, "2023-05-10", null, category: OffenceCategory.TheftAndHandling, seriousness: 6)
            .Order("I2", Disposal.ReferralOrder, "2023-06-10", null, category: OffenceCategory.Robbery, seriousness: 6)
            .Build();

        var r = Compute(Q1, child);

        r.Find("kpi9.9f.age.Aged10To14")!.Fraction.Should().Be(new Fraction(0, 1));
        r.Find("kpi9.9f.age.Aged15To17")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void The_youngest_age_decides_the_band_whichever_offence_is_listed_first()
    {
        // Born 2008-05-20: 15 at the first listed robbery (2023-06-10), 14 at the second (2023-05-10).
        var child = Child("C1", "2008-05-20")
            .Order("I1", Disposal.ReferralOrder, "2023-06-10", null, category: OffenceCategory.Robbery, seriousness: 6)
            .Order("I2", Disposal.ReferralOrder, "2023-05-10", null, category: OffenceCategory.Robbery, seriousness: 5)
            .Build();

        var r = Compute(Q1, child);

        r.Find("kpi9.9f.age.Aged10To14")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9f.age.Aged15To17")!.Fraction.Should().Be(new Fraction(0, 1));
        var band = Explain(Q1, child).Measures.Single(m => m.MeasureId == "kpi9.9f.age.Aged10To14");
        band.Status.Should().Be(ChildMeasureStatus.Met);
        band.Reasons.Should().ContainSingle().Which.Should().StartWith("offence O-I2 (Robbery, seriousness 5, offence date 2023-04-10): aged 14 on its age reference day");
    }

    [Theory]
    [InlineData("2007-06-15", "Aged16To17")] // 16 on the outcome date
    [InlineData("2007-06-16", "Aged10To15")] // 15 until the next day
    public void The_template_rows_split_serious_violence_at_the_16th_birthday(string dateOfBirth, string band)
    {
        var r = Compute(Q1, Robbery("C1", "2023-06-15", dateOfBirth: dateOfBirth));

        r.Find("kpi9.template." + band)!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.template.Robbery." + band)!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.template.Drugs." + band)!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Children_of_each_sex_and_ethnic_group_are_counted_in_their_own_cell()
    {
        var notKnown = Child("C1").WithSex(Sex.NotKnown).WithEthnicity(Ethnicity.NotKnown)
            .Order("I1", Disposal.ReferralOrder, "2023-05-01", null, category: OffenceCategory.Robbery, seriousness: 6).Build();
        var other = Child("C2").WithSex(Sex.Female).WithEthnicity(Ethnicity.Arab)
            .Order("I1", Disposal.ReferralOrder, "2023-05-01", null, category: OffenceCategory.Robbery, seriousness: 6).Build();

        var r = Compute(Q1, notKnown, other);

        r.Find("kpi9.9f.sex.NotKnown")!.Fraction.Should().Be(new Fraction(1, 2));
        r.Find("kpi9.9f.sex.Female")!.Fraction.Should().Be(new Fraction(1, 2));
        r.Find("kpi9.9f.sex.Male")!.Fraction.Should().Be(new Fraction(0, 2));
        r.Find("kpi9.9f.ethnicity.InformationNotObtainable")!.Fraction.Should().Be(new Fraction(1, 2));
        r.Find("kpi9.9f.ethnicity.OtherEthnicGroup")!.Fraction.Should().Be(new Fraction(1, 2));
        r.Find("kpi9.9f.ethnicity.White")!.Fraction.Should().Be(new Fraction(0, 2));
    }
}
