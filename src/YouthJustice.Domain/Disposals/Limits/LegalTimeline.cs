namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>
/// The commencement dates the legal limits depend on (domain-rules §1.8). The statutory dates that are certain are
/// fixed; the Police, Crime, Sentencing and Courts Act 2022 (PCSC) Schedule 17 dates, which the sources could not
/// confirm, are configurable.
/// </summary>
/// <remarks>
/// <para>
/// PCSC 2022 Sch 17 changed the youth rehabilitation order for convictions after each paragraph commenced: curfew up
/// to 20 hours a day and 112 hours in any 7 days (para 19), extended activity up to 365 days (para 17) and electronic
/// whereabouts monitoring (para 6). legislation.gov.uk annotations show staged commencement between 28 April 2022 and
/// 3 July 2023; the default for all three is <see cref="DefaultPcscSchedule17Commencement">3 July 2023</see> [M]
/// (decision DL6). A service that has confirmed a date passes its own.
/// </para>
/// </remarks>
[Source("Police, Crime, Sentencing and Courts Act 2022 Sch 17 (commencement of the YRO changes)",
    Url = "https://legislation.gov.uk/ukpga/2020/17/part/9/chapter/1/crossheading/available-requirements/2023-07-03/data.htm?view=plain",
    EffectiveFrom = "2023-07-03",
    Confidence = Confidence.Medium)]
public sealed record LegalTimeline
{
    /// <summary>The timeline with every configurable date at its default.</summary>
    public static readonly LegalTimeline Default = new();

    /// <summary>Creates a timeline.</summary>
    /// <param name="curfewChanges">PCSC Sch 17 para 19 commencement (curfew 20 h/day, 112 h/7 days); default 3 July 2023.</param>
    /// <param name="extendedActivityChanges">PCSC Sch 17 para 17 commencement (extended activity up to 365 days); default 3 July 2023.</param>
    /// <param name="whereaboutsMonitoring">PCSC Sch 17 para 6 commencement (electronic whereabouts monitoring); default 3 July 2023.</param>
    public LegalTimeline(
        LocalDate? curfewChanges = null,
        LocalDate? extendedActivityChanges = null,
        LocalDate? whereaboutsMonitoring = null)
    {
        CurfewChanges = curfewChanges ?? DefaultPcscSchedule17Commencement;
        ExtendedActivityChanges = extendedActivityChanges ?? DefaultPcscSchedule17Commencement;
        WhereaboutsMonitoring = whereaboutsMonitoring ?? DefaultPcscSchedule17Commencement;
    }

    /// <summary>The default PCSC 2022 Sch 17 commencement date: 3 July 2023 [M].</summary>
    public static LocalDate DefaultPcscSchedule17Commencement => new(2023, 7, 3);

    /// <summary>The Sentencing Code (Sentencing Act 2020) applies to convictions on or after 1 December 2020 (S.I. 2020/1236).</summary>
    public static LocalDate SentencingCode => new(2020, 12, 1);

    /// <summary>Youth cautions and youth conditional cautions for every 10–17-year-old: 8 April 2013 (LASPO 2012 s.135).</summary>
    public static LocalDate YouthCautions => new(2013, 4, 8);

    /// <summary>A DTO of any term from 4 to 24 months, and the "exceptional circumstances" test for ss.312/315: 28 June 2022 (PCSC 2022 s.158).</summary>
    public static LocalDate DtoAnyTerm => new(2022, 6, 28);

    /// <summary>The s.315 minimum sentence (repeat possession of a blade or offensive weapon) applies to offences from 17 July 2015.</summary>
    public static LocalDate Section315 => new(2015, 7, 17);

    /// <summary>The s.315 minimum extends to corrosive substances for offences from 6 April 2022.</summary>
    public static LocalDate Section315CorrosiveSubstances => new(2022, 4, 6);

    /// <summary>PCSC 2022 Sch 17 para 19: curfew up to 20 hours a day and 112 hours in 7 days, for convictions from this date.</summary>
    public LocalDate CurfewChanges { get; }

    /// <summary>PCSC 2022 Sch 17 para 17: extended activity up to 365 days, for convictions from this date.</summary>
    public LocalDate ExtendedActivityChanges { get; }

    /// <summary>PCSC 2022 Sch 17 para 6: electronic whereabouts monitoring, for convictions from this date.</summary>
    public LocalDate WhereaboutsMonitoring { get; }
}
