namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// What an action costs as the plan states it: an amount of money, a note ("within existing resources", "costs to be
/// established"), or both.
/// </summary>
public sealed record ActionBudget
{
    /// <summary>Creates a budget; at least one of the amount and the note must be given.</summary>
    /// <param name="amount">The cost in pounds, zero or more, or <see langword="null"/>.</param>
    /// <param name="note">The budget as written, or <see langword="null"/>; never blank when given.</param>
    public ActionBudget(decimal? amount, string? note)
    {
        Preconditions.CheckArgument(amount is not null || note is not null, nameof(note), "A budget needs an amount, a note or both.");
        if (amount is { } value)
        {
            Preconditions.CheckRange(value, nameof(amount), 0m, decimal.MaxValue);
        }

        if (note is not null)
        {
            Preconditions.CheckNotBlank(note, nameof(note));
        }

        Amount = amount;
        Note = note;
    }

    /// <summary>No extra cost: "within existing resources".</summary>
    public static ActionBudget WithinExistingResources { get; } = new(null, "Within existing resources");

    /// <summary>The cost in pounds, or <see langword="null"/>.</summary>
    public decimal? Amount { get; }

    /// <summary>The budget as written in the plan, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>A budget of an amount of money.</summary>
    /// <param name="amount">The cost in pounds, zero or more.</param>
    /// <returns>The budget.</returns>
    public static ActionBudget OfAmount(decimal amount) => new(amount, null);

    /// <summary>A budget written as text.</summary>
    /// <param name="note">The budget as written; never blank.</param>
    /// <returns>The budget.</returns>
    public static ActionBudget Described(string note) => new(null, note);

    /// <inheritdoc />
    public override string ToString() => (Amount, Note) switch
    {
        ({ } amount, null) => "£" + amount.ToString("#,##0.##", CultureInfo.InvariantCulture),
        ({ } amount, { } note) => "£" + amount.ToString("#,##0.##", CultureInfo.InvariantCulture) + " (" + note + ")",
        _ => Note!,
    };
}
