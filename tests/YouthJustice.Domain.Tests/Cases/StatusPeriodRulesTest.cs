using YouthJustice.Domain.Accommodation;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Cases;

public class StatusPeriodRulesTest
{
    private const string OrderStart = "2023-05-01";
    private const string OrderEnd = "2023-11-30";

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2023-11-30", null, true)]
    [InlineData("2023-12-01", null, false)]
    [InlineData("2023-01-01", "2023-11-30", true)]
    [InlineData("2023-01-01", "2023-11-29", false)]
    [InlineData(null, "2023-12-31", true)]
    [InlineData(null, "2023-11-29", false)]
    public void At_end_means_started_by_the_end_and_not_ended_before_it(string? start, string? end, bool expected)
        => StatusPeriodRules.IsAtEnd(Od(start), Od(end), D(OrderEnd)).Should().Be(expected);

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2023-05-01", null, true)]
    [InlineData("2023-05-02", null, false)]
    [InlineData("2023-01-01", "2023-05-01", true)]
    [InlineData("2023-01-01", "2023-04-30", false)]
    public void At_start_means_started_by_the_start_and_not_ended_before_it(string? start, string? end, bool expected)
        => StatusPeriodRules.IsAtStart(Od(start), Od(end), D(OrderStart)).Should().Be(expected);

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2023-11-30", null, true)]
    [InlineData("2023-12-01", null, false)]
    [InlineData("2023-01-01", "2023-05-01", true)]
    [InlineData("2023-01-01", "2023-04-30", false)]
    [InlineData("2023-06-01", "2023-06-30", true)]
    public void During_means_overlapping_the_window(string? start, string? end, bool expected)
        => StatusPeriodRules.IsDuring(Od(start), Od(end), D(OrderStart), D(OrderEnd)).Should().Be(expected);

    [Fact]
    public void Record_overloads_read_the_record_dates()
    {
        var suitable = new AccommodationPeriod(D("2023-01-01"), D("2023-11-30"), AccommodationType.LivingWithParents, Suitability.Suitable, true);
        var ete = new EtePeriod(D("2023-12-01"), null, EteProvision.College, null, null, null);
        var care = new CareStatusPeriod(CareStatus.ChildInNeed, null, D("2023-04-30"));

        StatusPeriodRules.IsAtEnd(suitable, D(OrderEnd)).Should().BeTrue();
        StatusPeriodRules.IsAtStart(suitable, D(OrderStart)).Should().BeTrue();
        StatusPeriodRules.IsAtEnd(ete, D(OrderEnd)).Should().BeFalse();
        StatusPeriodRules.IsDuring(care, D(OrderStart), D(OrderEnd)).Should().BeFalse();
        StatusPeriodRules.IsDuring(care, D(OrderStart).PlusDays(-1), D(OrderEnd)).Should().BeTrue();
    }

    [Fact]
    public void Window_starts_at_the_intervention_start_for_community_orders()
    {
        var intervention = Intervention(Disposal.YouthRehabilitationOrder, "2023-05-01");

        StatusPeriodRules.DuringWindowStart(intervention, TypeOfOrder.YouthRehabilitationOrder, D("2023-04-20")).Should().Be(D("2023-05-01"));
        StatusPeriodRules.OrderStart(intervention, D("2023-04-20")).Should().Be(D("2023-05-01"));
    }

    [Fact]
    public void Window_for_a_dto_licence_starts_the_day_before_custody_began()
    {
        var licence = Intervention(Disposal.DetentionAndTrainingOrderLicence, "2023-08-01");

        StatusPeriodRules.DuringWindowStart(licence, TypeOfOrder.CustodialSentence, D("2023-02-01")).Should().Be(D("2023-01-31"));
        StatusPeriodRules.OrderStart(licence, D("2023-02-01")).Should().Be(D("2023-02-01"));
    }

    [Fact]
    public void Window_for_other_custody_starts_the_day_before_the_intervention()
    {
        var custody = Intervention(Disposal.DetentionAndTrainingOrderCustody, "2023-02-01");

        StatusPeriodRules.DuringWindowStart(custody, TypeOfOrder.CustodialSentence, D("2023-02-01")).Should().Be(D("2023-01-31"));
    }

    [Theory]
    [InlineData("2023-01-31", true)]   // ended the day before custody began: inside the custody window
    [InlineData("2023-02-01", true)]   // ended on the day custody began
    [InlineData("2023-01-30", false)]  // ended two days before
    public void At_start_of_a_custodial_order_counts_a_record_that_ended_the_day_before_custody_began(string end, bool expected)
    {
        var licence = Intervention(Disposal.DetentionAndTrainingOrderLicence, "2023-08-01");
        var orderStart = StatusPeriodRules.OrderStart(licence, D("2023-02-01"));
        var windowStart = StatusPeriodRules.AtStartWindowStart(licence, TypeOfOrder.CustodialSentence, D("2023-02-01"));
        var record = new AccommodationPeriod(D("2022-06-01"), D(end), AccommodationType.LivingWithParents, Suitability.Suitable, true);

        windowStart.Should().Be(D("2023-01-31"));
        StatusPeriodRules.IsAtStart(record, orderStart, windowStart).Should().Be(expected);
    }

    [Fact]
    public void At_start_of_a_community_order_does_not_count_a_record_that_ended_the_day_before()
    {
        var order = Intervention(Disposal.YouthRehabilitationOrder, "2023-05-01");
        var windowStart = StatusPeriodRules.AtStartWindowStart(order, TypeOfOrder.YouthRehabilitationOrder, D("2023-04-20"));
        var endedTheDayBefore = new AccommodationPeriod(D("2022-06-01"), D("2023-04-30"), AccommodationType.LivingWithParents, Suitability.Suitable, true);

        windowStart.Should().Be(D("2023-05-01"));
        StatusPeriodRules.IsAtStart(endedTheDayBefore, D("2023-05-01"), windowStart).Should().BeFalse();
    }

    [Fact]
    public void At_start_of_a_dto_licence_replaced_on_appeal_is_keyed_on_the_outcome_date_without_the_custody_window()
    {
        // kpi-rules §13.21: the order's start follows the intervention's disposal (a DTO licence: the kept outcome's
        // date) even when the kept outcome is a referral order; the day-before window is for a custodial type only.
        var licence = Intervention(Disposal.DetentionAndTrainingOrderLicence, "2023-08-01");

        StatusPeriodRules.OrderStart(licence, D("2023-02-01")).Should().Be(D("2023-02-01"));
        StatusPeriodRules.AtStartWindowStart(licence, TypeOfOrder.ReferralOrder, D("2023-02-01")).Should().Be(D("2023-02-01"));
        StatusPeriodRules.DuringWindowStart(licence, TypeOfOrder.ReferralOrder, D("2023-02-01")).Should().Be(D("2023-08-01"));
    }

    [Fact]
    public void At_start_must_have_started_by_the_start_of_the_order_even_inside_the_custody_window()
        => StatusPeriodRules.IsAtStart(D("2023-02-02"), null, D("2023-02-01"), D("2023-01-31")).Should().BeFalse();

    private static Intervention Intervention(Disposal disposal, string start)
        => new(new InterventionId("I1"), disposal, D(start), D(OrderEnd), [new OffenceId("O1")], null);

    [Fact]
    public void Each_rule_refuses_a_missing_record_intervention_or_type_of_order_by_name()
    {
        var day = D("2024-01-31");
        var intervention = Intervention(Disposal.ReferralOrder, "2023-05-01");

        ((System.Action)(() => StatusPeriodRules.IsAtEnd(null!, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("record");
        ((System.Action)(() => StatusPeriodRules.IsAtStart(null!, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("record");
        ((System.Action)(() => StatusPeriodRules.IsAtStart(null!, day, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("record");
        ((System.Action)(() => StatusPeriodRules.IsDuring(null!, day, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("record");
        ((System.Action)(() => StatusPeriodRules.DuringWindowStart(null!, TypeOfOrder.ReferralOrder, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("intervention");
        ((System.Action)(() => StatusPeriodRules.DuringWindowStart(intervention, null!, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("typeOfOrder");
        ((System.Action)(() => StatusPeriodRules.AtStartWindowStart(null!, TypeOfOrder.ReferralOrder, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("intervention");
        ((System.Action)(() => StatusPeriodRules.AtStartWindowStart(intervention, null!, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("typeOfOrder");
        ((System.Action)(() => StatusPeriodRules.OrderStart(null!, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("intervention");
    }
}
