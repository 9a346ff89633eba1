using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// When planning for a child's transfer to adult (probation) services must start, and the check that a child whose
/// order runs past their 18th birthday has a transition plan by then.
/// </summary>
/// <remarks>
/// <para>
/// YJS case managers identify children eligible to transfer to the Probation Service usually from <b>17 years 6
/// months</b>; every child who transfers must have a transition plan as part of the sentence plan (YJB case management
/// guidance, "How to manage transitions"). In Wales the Y2A (youth to adult) programme works from 17 years 3 months
/// (<see cref="Wales"/>). The age is configurable (<c>spec/domain-rules.md</c> §4.4).
/// </para>
/// <para>
/// An age is reached on the anniversary of the date of birth; where that day does not exist in the month (born on 29
/// February or the 31st) it is reached on the first day of the next month. An order "runs past the 18th birthday" when
/// it ends on or after that birthday, i.e. the child is still subject to it as an adult.
/// </para>
/// </remarks>
[Source("YJB Case management guidance: How to manage transitions (transfer to probation from 17 years 6 months)", Url = "https://gov.uk/guidance/case-management-guidance/how-to-manage-transitions", Confidence = Confidence.High)]
public sealed record TransitionPolicy
{
    /// <summary>Creates a policy that starts transition planning at the given age.</summary>
    /// <param name="years">Whole years of the age at which planning starts: 10-17.</param>
    /// <param name="months">Further months: 0-11.</param>
    public TransitionPolicy(int years, int months)
    {
        Years = Preconditions.CheckRange(years, nameof(years), 10, 17);
        Months = Preconditions.CheckRange(months, nameof(months), 0, 11);
    }

    /// <summary>The YJB case management guidance: planning starts at 17 years 6 months.</summary>
    public static TransitionPolicy Default { get; } = new(17, 6);

    /// <summary>The Welsh Y2A programme: from 17 years 3 months.</summary>
    [Source("YJB Cymru / NOMS Wales Youth to Adult (Y2A) transition principles and guidance, 2015", Url = "https://yjresourcehub.uk/working-with-children-and-families/item/255-y2a-programme.html", Confidence = Confidence.Medium)]
    public static TransitionPolicy Wales { get; } = new(17, 3);

    /// <summary>Whole years of the age at which transition planning starts.</summary>
    public int Years { get; }

    /// <summary>Further months of that age.</summary>
    public int Months { get; }

    /// <summary>The date from which transition planning is due for a child born on <paramref name="dateOfBirth"/>.</summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <returns>The date the child reaches <see cref="Years"/> years and <see cref="Months"/> months.</returns>
    public LocalDate PlanningStartsOn(LocalDate dateOfBirth) => AgeDates.Reaching(dateOfBirth, Years, Months);

    /// <summary>The child's 18th birthday (1 March in a non-leap year for a child born on 29 February).</summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <returns>The date on which the child becomes an adult.</returns>
    public static LocalDate EighteenthBirthday(LocalDate dateOfBirth) => Age.Birthday(dateOfBirth, Age.AdultAge);

    /// <summary>
    /// Whether a transition plan is missing as at a date: planning has started, the order runs past the 18th birthday,
    /// and no transition plan had been agreed by then.
    /// </summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <param name="orderEnd">The date the order (including any licence or supervision) ends.</param>
    /// <param name="transitionPlanAgreedOn">When a transition plan was agreed, or <see langword="null"/>.</param>
    /// <param name="asAt">The date of the check; a plan agreed after it does not count.</param>
    /// <returns><see langword="true"/> when the child should be flagged.</returns>
    public bool IsTransitionPlanMissing(LocalDate dateOfBirth, LocalDate orderEnd, LocalDate? transitionPlanAgreedOn, LocalDate asAt)
        => asAt >= PlanningStartsOn(dateOfBirth)
           && orderEnd >= EighteenthBirthday(dateOfBirth)
           && !(transitionPlanAgreedOn <= asAt);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Transition planning from {Years} years {Months} months");
}
