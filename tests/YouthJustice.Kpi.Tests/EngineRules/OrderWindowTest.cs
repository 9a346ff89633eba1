using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Tests.EngineRules;

/// <summary>
/// The start of the order and the at-start and "during" windows exist twice: on dates in the domain's
/// <see cref="StatusPeriodRules"/> for readers, on day numbers in the engine's <see cref="Periods"/> (which
/// <see cref="ChildContext"/> reads). These pin the two together over every disposal and every type of order.
/// </summary>
public class OrderWindowTest
{
    private static readonly NodaTime.LocalDate Start = Dates.D("2023-06-10");
    private static readonly NodaTime.LocalDate OutcomeDate = Dates.D("2023-05-02");

    [Fact]
    public void Engine_order_start_and_windows_agree_with_the_domain_for_every_disposal_and_type_of_order()
    {
        var pairs = 0;
        var custodyWindows = 0;
        foreach (var disposal in Disposal.List)
        {
            var intervention = new Intervention(new InterventionId("I1"), disposal, Start, null, [], null);
            var orderStart = Periods.OrderStart(disposal.Value, Days.Of(Start), Days.Of(OutcomeDate));
            Days.ToDate(orderStart).Should().Be(StatusPeriodRules.OrderStart(intervention, OutcomeDate), disposal.Name);

            foreach (var type in TypeOfOrder.List)
            {
                Days.ToDate(Periods.AtStartWindowStart(type.Value, orderStart))
                    .Should().Be(StatusPeriodRules.AtStartWindowStart(intervention, type, OutcomeDate), $"{disposal.Name}, {type.Name}");
                Days.ToDate(Periods.DuringWindowStart(type.Value, Days.Of(Start), orderStart))
                    .Should().Be(StatusPeriodRules.DuringWindowStart(intervention, type, OutcomeDate), $"{disposal.Name}, {type.Name}");
                pairs++;
                custodyWindows += StatusPeriodRules.DuringWindowStart(intervention, type, OutcomeDate) != Start ? 1 : 0;
            }
        }

        pairs.Should().Be(Disposal.List.Count * TypeOfOrder.List.Count);
        custodyWindows.Should().BePositive("the custodial window must occur, or the comparison only sees the plain one");
    }

    [Fact]
    public void A_dto_licence_starts_on_its_outcome_date_and_its_custody_window_the_day_before()
    {
        var licence = Disposal.DetentionAndTrainingOrderLicence.Value;
        var orderStart = Periods.OrderStart(licence, Days.Of(Start), Days.Of(OutcomeDate));

        orderStart.Should().Be(Days.Of(OutcomeDate));
        Periods.AtStartWindowStart(TypeOfOrder.CustodialSentence.Value, orderStart).Should().Be(Days.Of(Dates.D("2023-05-01")));
        Periods.DuringWindowStart(TypeOfOrder.CustodialSentence.Value, Days.Of(Start), orderStart).Should().Be(Days.Of(Dates.D("2023-05-01")));
        Periods.DuringWindowStart(TypeOfOrder.ReferralOrder.Value, Days.Of(Start), orderStart).Should().Be(Days.Of(Start));
    }
}
