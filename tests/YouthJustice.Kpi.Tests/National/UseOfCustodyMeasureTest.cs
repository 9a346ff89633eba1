using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Kpi.Tests.National.NationalTestKit;

namespace YouthJustice.Kpi.Tests.National;

public class UseOfCustodyMeasureTest
{
    private static long Sentences(ReportingQuarter quarter, params ChildCase[] children)
        => Compute(quarter, children).Find("custody.count")!.Numerator;

    [Theory]
    [InlineData("DetentionAndTrainingOrder")]
    [InlineData("Section250Detention")]
    [InlineData("ExtendedSentenceOfDetention")]
    [InlineData("SpecialSentenceTerroristOffender")]
    [InlineData("DetentionForLife")]
    [InlineData("DetentionAtHisMajestysPleasure")]
    public void Each_custodial_sentence_is_counted(string sentence)
    {
        var child = Child("C1").Outcome("O1", Disposal.FromName(sentence), "2024-05-10").Build();

        Sentences(Q1, child).Should().Be(1);
    }

    [Fact]
    public void Dto_s250_and_eds_given_to_three_children_are_three_custodial_sentences()
    {
        var dto = Child("C1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-04-15").Build();
        var s250 = Child("C2").Outcome("O1", Disposal.Section250Detention, "2024-05-20").Build();
        var eds = Child("C3").Outcome("O1", Disposal.ExtendedSentenceOfDetention, "2024-06-30").Build();

        var result = Compute(Q1, dto, s250, eds);

        result.Find("custody.count")!.Value.Should().Be(3m);
        result.Find("custody.ratePer1000")!.Fraction.Should().Be(new Fraction(3, 24_000));
    }

    [Theory]
    [InlineData("YouthRehabilitationOrderWithIss")]
    [InlineData("YouthRehabilitationOrder")]
    [InlineData("ReferralOrder")]
    [InlineData("YouthConditionalCaution")]
    public void Non_custodial_outcomes_including_a_yro_with_iss_are_not_counted(string outcome)
    {
        var child = Child("C1").Outcome("O1", Disposal.FromName(outcome), "2024-05-10").Build();

        Sentences(Q1, child).Should().Be(0);
    }

    [Fact]
    public void Rate_per_1000_uses_the_previous_year_estimate_and_rounds_half_away_from_zero()
    {
        // 6 custodial sentences, 2023 estimate 24,000: 6 / 24,000 × 1,000 = 0.25 → 0.3.
        var children = Enumerable.Range(1, 6)
            .Select(i => Child("C" + i).Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10").Build())
            .ToArray();
        var service = Service(children, [new PopulationEstimate(2023, 24_000), new PopulationEstimate(2024, 6_000)], []);

        var rate = Returns.Of(service, Q1).Find("custody.ratePer1000")!;

        rate.Fraction.Should().Be(new Fraction(6, 24_000));
        rate.Value.Should().Be(0.3m);
    }

    [Fact]
    public void Rate_has_no_value_without_the_previous_year_estimate()
    {
        var child = Child("C1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10").Build();
        var service = Service([child], [new PopulationEstimate(2024, 24_000)], []);

        Returns.Of(service, Q1).Find("custody.ratePer1000")!.Value.Should().BeNull();
    }

    [Fact]
    public void Age_is_taken_at_the_first_hearing_and_otherwise_on_the_outcome_date()
    {
        // Born 2006-05-01: 17 at a first hearing on 2024-04-20, 18 when sentenced on 2024-05-10.
        var heardAt17 = Child("C1", "2006-05-01").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10", firstHearing: "2024-04-20").Build();
        var sentencedAt18 = Child("C2", "2006-05-01").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10").Build();
        var sentencedTheDayBefore18 = Child("C3", "2006-05-01").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-04-30").Build();

        Sentences(Q1, heardAt17).Should().Be(1);
        Sentences(Q1, sentencedAt18).Should().Be(0);
        Sentences(Q1, sentencedTheDayBefore18).Should().Be(1);
    }

    [Fact]
    public void Overturned_and_other_area_sentences_are_not_counted()
    {
        var overturned = Child("C1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10", appeal: AppealStatus.AppealSuccessful).Build();
        var elsewhere = Child("C2").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10", resident: false).Build();
        var unknownResidence = Child("C3").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10", resident: null).Build();

        Sentences(Q1, overturned, elsewhere, unknownResidence).Should().Be(1);
    }

    [Fact]
    public void Offences_sentenced_to_custody_on_one_day_are_one_sentence_and_on_two_days_two()
    {
        var sameDay = Child("C1")
            .Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10")
            .Outcome("O2", Disposal.DetentionAndTrainingOrder, "2024-05-10")
            .Build();
        var twoDays = Child("C2")
            .Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10")
            .Outcome("O2", Disposal.Section250Detention, "2024-06-12")
            .Build();

        Sentences(Q1, sameDay).Should().Be(1);
        Sentences(Q1, twoDays).Should().Be(2);
    }

    [Fact]
    public void Sentence_on_the_last_day_of_the_quarter_is_in_it_and_on_the_next_day_in_the_next()
    {
        var last = Child("C1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-06-30").Build();
        var next = Child("C2").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-07-01").Build();

        Sentences(Q1, last, next).Should().Be(1);
        Sentences(new ReportingQuarter(2024, 2), last, next).Should().Be(1);
    }

    [Fact]
    public void Explanation_names_the_sentence_or_why_it_was_not_counted()
    {
        var counted = Child("C1").Outcome("O1", Disposal.Section250Detention, "2024-05-10").Build();
        var overturned = Child("C2").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10", appeal: AppealStatus.ChangedOnAppeal).Build();
        var prepared = KpiEngine.Prepare(Service(counted, overturned));
        var engine = new KpiEngine();

        var met = engine.Explain(prepared, new ChildId("C1"), Q1).AsT0.Measures.Single(m => m.MeasureId == "custody.count");
        var notMet = engine.Explain(prepared, new ChildId("C2"), Q1).AsT0.Measures.Single(m => m.MeasureId == "custody.ratePer1000");

        met.Status.Should().Be(ChildMeasureStatus.Met);
        met.Reasons.Should().Equal("custodial sentence in the quarter: legal outcome Section250Detention on 2024-05-10");
        notMet.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        notMet.Reasons.Should().Equal("not counted: the custodial sentence legal outcome DetentionAndTrainingOrder on 2024-05-10 was overturned on appeal");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Explanation_of_sentences_on_two_days_names_the_earliest_whatever_the_order_of_the_records(bool earliestFirst)
    {
        var child = earliestFirst
            ? Child("C1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10").Outcome("O2", Disposal.Section250Detention, "2024-06-01").Build()
            : Child("C1").Outcome("O2", Disposal.Section250Detention, "2024-06-01").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10").Build();

        var count = ExplainCount(child);

        count.Status.Should().Be(ChildMeasureStatus.Met);
        count.Reasons.Should().Equal("custodial sentences on more than one day in the quarter, the first legal outcome DetentionAndTrainingOrder on 2024-05-10");
    }

    [Fact]
    public void Explanation_of_two_sentences_on_one_day_names_the_first_recorded_as_one_sentence()
    {
        var child = Child("C1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10").Outcome("O2", Disposal.Section250Detention, "2024-05-10").Build();

        ExplainCount(child).Reasons.Should().Equal("custodial sentence in the quarter: legal outcome DetentionAndTrainingOrder on 2024-05-10");
    }

    [Theory]
    [InlineData("resident elsewhere", "not counted: the custodial sentence legal outcome DetentionAndTrainingOrder on 2024-05-10 was given while the child was resident in another area")]
    [InlineData("18 on the outcome date", "not counted: the child was not aged 10 to 17 at the first hearing (or, without one, the outcome date) of legal outcome DetentionAndTrainingOrder on 2024-05-10")]
    [InlineData("no custodial sentence", "no custodial sentence dated in the quarter")]
    public void Explanation_says_why_a_child_adds_no_custodial_sentence(string why, string reason)
    {
        var child = why switch
        {
            "resident elsewhere" => Child("C1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10", resident: false),
            "18 on the outcome date" => Child("C1", "2006-05-10").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10"),
            _ => Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10"),
        };

        var count = ExplainCount(child.Build());

        count.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        count.Reasons.Should().Equal(reason);
    }

    private static MeasureExplanation ExplainCount(ChildCase child)
        => new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q1).AsT0.Measures.Single(m => m.MeasureId == "custody.count");
}
