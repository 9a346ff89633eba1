using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class ActionBudgetTest
{
    [Fact]
    public void Amount_is_written_in_pounds()
        => ActionBudget.OfAmount(1250.5m).ToString().Should().Be("£1,250.5");

    [Fact]
    public void Amount_and_note_are_both_kept()
        => new ActionBudget(0m, "Funded by the partnership").ToString().Should().Be("£0 (Funded by the partnership)");

    [Fact]
    public void Within_existing_resources_has_no_amount()
    {
        ActionBudget.WithinExistingResources.Amount.Should().BeNull();
        ActionBudget.WithinExistingResources.ToString().Should().Be("Within existing resources");
    }

    [Fact]
    public void Zero_is_accepted_and_a_negative_amount_refused()
    {
        ActionBudget.OfAmount(0m).Amount.Should().Be(0m);
        FluentActions.Invoking(() => ActionBudget.OfAmount(-0.01m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void Empty_budget_is_refused()
        => FluentActions.Invoking(() => new ActionBudget(null, null)).Should().Throw<ArgumentException>().WithMessage("A budget needs an amount, a note or both.*");

    [Fact]
    public void Blank_note_is_refused()
        => FluentActions.Invoking(() => ActionBudget.Described(" ")).Should().Throw<ArgumentException>().WithParameterName("note");
}
