using System;
using NodaTime;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Education;

/// <summary>
/// The raising of the participation age (England only): a young person resident in England who has ceased to be of
/// compulsory school age, is under 18 and has not attained a level 3 qualification must participate in education or
/// training (full-time education or training, an apprenticeship, or work or volunteering of 20+ hours a week with
/// part-time training). Wales has no such duty.
/// </summary>
/// <remarks>
/// <para>Education and Skills Act 2008 Part 1 (ss.1–2). Phasing: in force from <b>28 June 2013</b> up to the first
/// anniversary of ceasing to be of compulsory school age (about the end of the academic year in which the young person
/// turns 17), and from <b>26 June 2015</b> up to the 18th birthday (domain-rules §3.2).</para>
/// <para>The end of compulsory school age is an input: it comes from the compulsory-school-age rule (Education Act 1996
/// s.8) or from the service's own record.</para>
/// </remarks>
[Source("Education and Skills Act 2008 Part 1 (domain-rules §3.2)", Url = "http://legislation.gov.uk/ukpga/2008/25/part/1/chapter/1", EffectiveFrom = "2013-06-28", Confidence = Confidence.High)]
public static class ParticipationDuty
{
    /// <summary>The first day of the duty (up to the first anniversary of ceasing compulsory school age): 28 June 2013.</summary>
    public static readonly LocalDate FirstPhaseFrom = new(2013, 6, 28);

    /// <summary>The first day of the full duty (up to the 18th birthday): 26 June 2015.</summary>
    public static readonly LocalDate FullDutyFrom = new(2015, 6, 26);

    /// <summary>Whether the duty to participate applies on <paramref name="date"/>.</summary>
    /// <param name="dateOfBirth">The young person's date of birth.</param>
    /// <param name="compulsorySchoolAgeEnd">The last day of compulsory school age (the school leaving date).</param>
    /// <param name="date">The date of interest.</param>
    /// <param name="residentInEngland">Whether the young person is resident in England (the duty does not apply in Wales).</param>
    /// <param name="attainedLevel3">Whether the young person has attained a level 3 qualification.</param>
    /// <returns><see langword="true"/> when the duty applies on that date.</returns>
    /// <exception cref="ArgumentException"><paramref name="compulsorySchoolAgeEnd"/> is before <paramref name="dateOfBirth"/>.</exception>
    public static bool Applies(LocalDate dateOfBirth, LocalDate compulsorySchoolAgeEnd, LocalDate date, bool residentInEngland, bool attainedLevel3)
    {
        DatePeriods.CheckOrder(dateOfBirth, compulsorySchoolAgeEnd, nameof(compulsorySchoolAgeEnd), nameof(dateOfBirth));
        if (!residentInEngland || attainedLevel3 || date <= compulsorySchoolAgeEnd || date < FirstPhaseFrom)
        {
            return false;
        }

        if (date >= Age.Birthday(dateOfBirth, Age.AdultAge))
        {
            return false;
        }

        return date >= FullDutyFrom || date <= compulsorySchoolAgeEnd.PlusYears(1);
    }
}
