using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Education;

/// <summary>
/// The raised participation age in England (Education and Skills Act 2008 Part 1): whether a young person is under the
/// duty to participate in education or training on a date.
/// </summary>
/// <remarks>
/// <para>
/// Part 1 applies to a person resident in <strong>England</strong> who has ceased to be of compulsory school age, has
/// not reached 18 and has not attained a level 3 qualification (s.1). There is no such duty in Wales.
/// </para>
/// <para>
/// Phasing: from <see cref="FirstPhaseFrom">28 June 2013</see> the duty ran only until the first anniversary of the day
/// the person ceased to be of compulsory school age (S.I. 2013/1204 art.2(a) substituted those words for "the age of
/// 18"); from <see cref="FullFrom">26 June 2015</see> it runs to the 18th birthday. The check applies the wording in
/// force on the date asked about.
/// </para>
/// <para>
/// The duty is met by appropriate full-time education or training, an apprenticeship, or full-time occupation
/// (20 or more hours a week) with sufficient part-time accredited training (s.2, ss.4–8); this type only says whether
/// the duty applies, not whether it is met.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var applies = ParticipationAge.Default.DutyApplies(
///     new LocalDate(2008, 9, 1), new LocalDate(2025, 9, 1), residentInEngland: true, hasLevel3Qualification: false); // true
/// </code>
/// </example>
[Source("Education and Skills Act 2008 ss.1-2", Url = "http://legislation.gov.uk/ukpga/2008/25/part/1/chapter/1/2015-11-24", EffectiveFrom = "2013-06-28", Confidence = Confidence.High)]
[Source("Education and Skills Act 2008 (Commencement No. 9 and Transitory Provision) Order 2013 (S.I. 2013/1204) art.2(a)", Url = "https://www.legislation.gov.uk/uksi/2013/1204/article/2/made", EffectiveFrom = "2013-06-28", Confidence = Confidence.High)]
[Source("Full commencement to age 18 from 26 June 2015 (domain-rules §3.2)", EffectiveFrom = "2015-06-26", Confidence = Confidence.High)]
public sealed class ParticipationAge
{
    /// <summary>The rule with the default compulsory school age (school years from 1 September).</summary>
    public static readonly ParticipationAge Default = new(CompulsorySchoolAge.Default);

    /// <summary>Creates the rule on top of a compulsory school age rule (which fixes the school-year start).</summary>
    /// <param name="compulsorySchoolAge">The compulsory school age rule.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="compulsorySchoolAge"/> is null.</exception>
    public ParticipationAge(CompulsorySchoolAge compulsorySchoolAge)
    {
        CompulsorySchoolAge = Preconditions.CheckNotNull(compulsorySchoolAge, nameof(compulsorySchoolAge));
    }

    /// <summary>The first day of the duty (to the first anniversary of leaving compulsory school age): 28 June 2013.</summary>
    public static LocalDate FirstPhaseFrom => new(2013, 6, 28);

    /// <summary>The first day of the duty to age 18: 26 June 2015.</summary>
    public static LocalDate FullFrom => new(2015, 6, 26);

    /// <summary>The compulsory school age rule used.</summary>
    public CompulsorySchoolAge CompulsorySchoolAge { get; }

    /// <summary>Whether the duty to participate applies to a young person on a date.</summary>
    /// <param name="dateOfBirth">The young person's date of birth.</param>
    /// <param name="date">The date of interest.</param>
    /// <param name="residentInEngland">Whether they live in England (the duty does not exist in Wales).</param>
    /// <param name="hasLevel3Qualification">Whether they have attained a level 3 qualification.</param>
    /// <returns><see langword="true"/> when Part 1 of the 2008 Act applies to them on <paramref name="date"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The person left compulsory school age before 1998.</exception>
    public bool DutyApplies(LocalDate dateOfBirth, LocalDate date, bool residentInEngland, bool hasLevel3Qualification)
    {
        if (!residentInEngland || hasLevel3Qualification || date < FirstPhaseFrom)
        {
            return false;
        }

        var leftSchoolAge = CompulsorySchoolAge.EndDate(dateOfBirth);
        if (date <= leftSchoolAge)
        {
            return false;
        }

        return date >= FullFrom
            ? date < Age.Birthday(dateOfBirth, 18)
            : date < leftSchoolAge.PlusYears(1);
    }
}
