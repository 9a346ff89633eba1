namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>
/// The legal limits on youth disposals as data: every version of every <see cref="LimitKind"/>, with the dates each
/// was in force and its source, so that "what was the law on date X" can be answered.
/// </summary>
/// <remarks>
/// <para>
/// The court limits are those of the Sentencing Code (Sentencing Act 2020), which applies to convictions on or after
/// 1 December 2020 whatever the offence date; earlier convictions fell under the Powers of Criminal Courts (Sentencing)
/// Act 2000 and the Criminal Justice and Immigration Act 2008, which this catalogue does not hold (decision DL7).
/// Two changes are dated: the DTO term (any term from 4 to 24 months for sentences from 28 June 2022) and the PCSC 2022
/// Sch 17 YRO changes (curfew, extended activity), whose commencement is configurable through
/// <see cref="LegalTimeline"/>.
/// </para>
/// <para>Pass the date named by each kind's <see cref="LimitKind.DateBasis"/> (usually the conviction date).</para>
/// </remarks>
/// <example>
/// <code>
/// var curfew = LegalLimits.Default.For(LimitKind.CurfewHoursPerDay, new LocalDate(2024, 1, 10));
/// // curfew.Maximum == 20 (PCSC 2022 Sch 17 in force by default from 2023-07-03)
/// var lawThatDay = LegalLimits.Default.On(new LocalDate(2022, 6, 27)); // every limit in force that day
/// </code>
/// </example>
[Source("Sentencing Act 2020 (the Sentencing Code), applies to convictions on or after 1 December 2020 (S.I. 2020/1236)",
    Url = "https://www.legislation.gov.uk/ukpga/2020/17/contents", EffectiveFrom = "2020-12-01", Confidence = Confidence.High)]
[Source("Police, Crime, Sentencing and Courts Act 2022 s.158 and Sch 17", Url = "https://www.legislation.gov.uk/ukpga/2022/32/contents", EffectiveFrom = "2022-06-28", Confidence = Confidence.High)]
public sealed class LegalLimits
{
    /// <summary>The limits with the default <see cref="LegalTimeline"/>.</summary>
    public static readonly LegalLimits Default = new(LegalTimeline.Default);

    private readonly ImmutableArray<LegalLimit> _all;

    /// <summary>Builds the catalogue for a timeline.</summary>
    /// <param name="timeline">The commencement dates to use.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public LegalLimits(LegalTimeline timeline)
    {
        Timeline = Preconditions.CheckNotNull(timeline, nameof(timeline));
        _all = Build(timeline);
    }

    /// <summary>The commencement dates used.</summary>
    public LegalTimeline Timeline { get; }

    /// <summary>Every version of every limit.</summary>
    public IReadOnlyList<LegalLimit> All => _all;

    /// <summary>Every limit in force on a date (as if every deciding date of a case were that date).</summary>
    /// <param name="date">The date.</param>
    /// <returns>One version per kind in force on <paramref name="date"/>, in <see cref="LimitKind"/> id order.</returns>
    public IReadOnlyList<LegalLimit> On(LocalDate date)
        => _all.Where(l => l.AppliesOn(date)).OrderBy(l => l.Kind.Value).ToArray();

    /// <summary>Every limit on one disposal in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="disposal">The disposal.</param>
    /// <returns>The versions in force whose kind constrains <paramref name="disposal"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="disposal"/> is null.</exception>
    public IReadOnlyList<LegalLimit> On(LocalDate date, Disposal disposal)
    {
        Preconditions.CheckNotNull(disposal, nameof(disposal));
        return On(date).Where(l => l.Kind.Constrains(disposal)).ToArray();
    }

    /// <summary>The version of a limit in force on a date.</summary>
    /// <param name="kind">The limit.</param>
    /// <param name="date">The deciding date (see <see cref="LimitKind.DateBasis"/>).</param>
    /// <returns>The version, or <see langword="null"/> when the limit was not law on that date (for example a Sentencing Code limit before 1 December 2020).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public LegalLimit? For(LimitKind kind, LocalDate date)
    {
        Preconditions.CheckNotNull(kind, nameof(kind));
        return _all.FirstOrDefault(l => l.Kind == kind && l.AppliesOn(date));
    }

    /// <summary>Every version of one limit, oldest first.</summary>
    /// <param name="kind">The limit.</param>
    /// <returns>The versions.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public IReadOnlyList<LegalLimit> History(LimitKind kind)
    {
        Preconditions.CheckNotNull(kind, nameof(kind));
        return _all.Where(l => l.Kind == kind).ToArray();
    }

    private static ImmutableArray<LegalLimit> Build(LegalTimeline t)
    {
        var code = LegalTimeline.SentencingCode;
        var builder = ImmutableArray.CreateBuilder<LegalLimit>();

        void Add(LimitKind kind, int? min, int? max, string citation, string? url, Confidence confidence, LocalDate? from, LocalDate? until = null, int[]? values = null)
            => builder.Add(new LegalLimit(kind, min, max, values, from, until, citation, url, confidence));

        Add(LimitKind.MinimumAgeOfCriminalResponsibility, 10, null, "Children and Young Persons Act 1933 s.50",
            "https://www.legislation.gov.uk/ukpga/Geo5/23-24/12/section/50", Confidence.High, null);
        Add(LimitKind.YouthSentenceMaximumAge, null, 17,
            "Sentencing Act 2020 ss.84, 110, 179, 234 (aged under 18 when convicted); Crime and Disorder Act 1998 ss.66ZA, 66A (a child or young person)",
            "https://legislation.gov.uk/ukpga/2020/17/part/10/chapter/2/2020-12-01/data.html", Confidence.High, null);

        Add(LimitKind.ReferralOrderLength, 3, 12, "Sentencing Act 2020 Part 6 Ch 1 (ss.83-89): compliance period of 3 to 12 months",
            "https://sentencingcouncil.org.uk/pronouncement-cards/card/referral-order", Confidence.High, code);
        Add(LimitKind.ReferralOrderExtension, null, 3, "Sentencing Act 2020 Sch 4 (referral back to court: extension of the compliance period)",
            "https://yjlc.uk/advice-line/recently-asked-questions/what-are-courts-powers-when-dealing-referral-back-court-extend", Confidence.Medium, code);
        Add(LimitKind.ReferralOrderTotalLength, null, 12, "Sentencing Act 2020 Sch 4 (compliance period not to exceed 12 months in total)",
            "https://www.legislation.gov.uk/ukpga/2020/17/schedule/4/data.html", Confidence.Medium, code);
        Add(LimitKind.ReferralOrderParentAttendanceAge, null, 15, "Sentencing Act 2020 s.90 (parent or guardian to attend panel meetings)",
            "https://sentencingcouncil.org.uk/pronouncement-cards/card/referral-order", Confidence.High, code);

        Add(LimitKind.YouthRehabilitationOrderLength, null, 36, "Sentencing Act 2020 s.187 (end date at most 3 years after the order takes effect)",
            "https://legislation.gov.uk/ukpga/2020/17/section/187/2022-05-02/data.xht", Confidence.High, code);
        Add(LimitKind.YouthRehabilitationOrderBreachExtension, null, 6,
            "Sentencing Act 2020 Sch 7 (extension of the end date on breach, as CJIA 2008 Sch 2 amended by LASPO 2012 s.83)",
            "https://legislation.gov.uk/ukpga/2012/10/section/83/enacted/data.html", Confidence.Medium, code);
        Add(LimitKind.YouthRehabilitationOrderWithIssMinimumLength, 6, null, "Sentencing Act 2020 s.187 (YRO with ISS: end date at least 6 months after it takes effect)",
            "https://legislation.gov.uk/ukpga/2020/17/section/187/2022-05-02/data.xht", Confidence.High, code);
        Add(LimitKind.UnpaidWorkMinimumAge, 16, null, "Sentencing Act 2020 s.185(2) (unpaid work only if aged 16 or 17 when convicted)",
            "https://legislation.gov.uk/ukpga/2020/17/part/9/chapter/1/crossheading/available-requirements/2023-07-03/data.htm?view=plain", Confidence.High, code);
        Add(LimitKind.UnpaidWorkHours, 40, 240, "Sentencing Act 2020 Sch 6 Pt 3 (40 to 240 hours in aggregate)",
            "http://www.legislation.gov.uk./ukpga/2020/17/schedule/6/part/3/data.html", Confidence.High, code);

        var curfewUrl = "https://legislation.gov.uk/ukpga/2020/17/schedule/6/part/7/crossheading/curfew-requirement/data.html";
        Add(LimitKind.CurfewHoursPerDay, 2, 16, "Sentencing Act 2020 Sch 6 Pt 7 as enacted (2 to 16 hours in any day)",
            curfewUrl, Confidence.Medium, code, t.CurfewChanges.PlusDays(-1));
        Add(LimitKind.CurfewHoursPerDay, 2, 20, "Sentencing Act 2020 Sch 6 Pt 7 as amended by PCSC 2022 Sch 17 para 19 (2 to 20 hours in any day)",
            curfewUrl, Confidence.Medium, t.CurfewChanges);
        Add(LimitKind.CurfewHoursPerSevenDays, null, 112, "Sentencing Act 2020 Sch 6 Pt 7 as amended by PCSC 2022 Sch 17 para 19 (at most 112 hours in any 7 days)",
            curfewUrl, Confidence.Medium, t.CurfewChanges);
        Add(LimitKind.CurfewPeriod, null, 12, "Sentencing Act 2020 Sch 6 Pt 7 (curfew periods within 12 months of the requirement first taking effect)",
            curfewUrl, Confidence.High, code);

        var activityUrl = "https://www.legislation.gov.uk/ukpga/2020/17/schedule/6/part/1?view=plain";
        Add(LimitKind.ActivityDays, null, 90, "Sentencing Act 2020 Sch 6 Pt 1 (activity requirement: at most 90 days in aggregate)",
            activityUrl, Confidence.High, code);
        Add(LimitKind.ExtendedActivityDays, 91, 180, "Sentencing Act 2020 s.185(1) and Sch 6 Pt 1 as enacted (extended activity: more than 90, at most 180 days)",
            activityUrl, Confidence.Medium, code, t.ExtendedActivityChanges.PlusDays(-1));
        Add(LimitKind.ExtendedActivityDays, 91, 365, "Sentencing Act 2020 s.185(1) and Sch 6 Pt 1 as amended by PCSC 2022 Sch 17 para 17 (extended activity: at most 365 days)",
            activityUrl, Confidence.Medium, t.ExtendedActivityChanges);

        var fosteringUrl = "http://www.legislation.gov.uk./ukpga/2020/17/schedule/6/part/11/crossheading/requirement/data.html";
        Add(LimitKind.FosteringPeriod, null, 12, "Sentencing Act 2020 Sch 6 Pt 11 (fostering period ends at most 12 months after it takes effect)",
            fosteringUrl, Confidence.High, code);
        Add(LimitKind.FosteringMaximumAge, null, 17, "Sentencing Act 2020 Sch 6 Pt 11 (fostering period ends before the 18th birthday)",
            fosteringUrl, Confidence.High, code);

        var secondary = "https://staging.oxbridgenotes.com/revision_notes/bptc-law-bptc-criminal-litigation/samples/non-custodial-youth-sentences";
        Add(LimitKind.AttendanceCentreHoursUnder14, null, 12, "Sentencing Act 2020 Sch 6 Pt 5 (under 14: at most 12 hours)", secondary, Confidence.Medium, code);
        Add(LimitKind.AttendanceCentreHours14To15, 12, 24, "Sentencing Act 2020 Sch 6 Pt 5 (aged 14 or 15: 12 to 24 hours)", secondary, Confidence.Medium, code);
        Add(LimitKind.AttendanceCentreHours16AndOver, 12, 36, "Sentencing Act 2020 Sch 6 Pt 5 (aged 16 or over: 12 to 36 hours)", secondary, Confidence.Medium, code);
        Add(LimitKind.ResidenceMinimumAge, 16, null, "Sentencing Act 2020 Sch 6 Pt 9 (residence requirement: aged 16 or over when convicted)", secondary, Confidence.Medium, code);

        var dtoUrl = "https://legislation.gov.uk/ukpga/2020/17/part/10/chapter/2/2022-07-14";
        Add(LimitKind.DetentionAndTrainingOrderMinimumAge, 12, null, "Sentencing Act 2020 s.234(1)(a) (aged under 18, but at least 12, when convicted)",
            dtoUrl, Confidence.High, code);
        Add(LimitKind.DetentionAndTrainingOrderPersistentOffenderAge, 15, null,
            "Sentencing Act 2020 s.235(3) (under 15 when convicted: only if the court is of the opinion that the offender is a persistent offender)",
            dtoUrl, Confidence.High, code);
        Add(LimitKind.DetentionAndTrainingOrderTerm, 4, 24, "Sentencing Act 2020 s.236(1) as enacted (4, 6, 8, 10, 12, 18 or 24 months)",
            "https://legislation.gov.uk/ukpga/2020/17/part/10/chapter/2/2020-12-01/data.html", Confidence.High, code, LegalTimeline.DtoAnyTerm.PlusDays(-1), [4, 6, 8, 10, 12, 18, 24]);
        Add(LimitKind.DetentionAndTrainingOrderTerm, 4, 24, "Sentencing Act 2020 s.236(1) as amended by PCSC 2022 s.158 (at least 4 months, not exceeding 24 months)",
            "http://legislation.data.gov.uk/ukpga/2022/32/part/8/crossheading/detention-and-training-orders/data.xht?view=snippet&wrap=true", Confidence.High, LegalTimeline.DtoAnyTerm);
        Add(LimitKind.DetentionAndTrainingOrderConsecutiveTotal, null, 24, "Sentencing Act 2020 ss.236-237 (consecutive DTOs: at most 24 months in total)",
            "https://www.sentencingcouncil.org.uk/pronouncement-cards/card/detention-and-training-order/", Confidence.Medium, code);

        var minimumUrl = "https://www.legislation.gov.uk/ukpga/2020/17/section/312/data.html";
        Add(LimitKind.MinimumSentenceSection312Age, 16, 17, "Sentencing Act 2020 s.312 (offender aged 16 or 17 when convicted)", minimumUrl, Confidence.Medium, code);
        Add(LimitKind.MinimumSentenceSection315Age, 16, 17, "Sentencing Act 2020 s.315 (aged 16 or over when the offence was committed)",
            "https://www.legislation.gov.uk/ukpga/2020/17/section/315/data.xht?view=snippet&wrap=true", Confidence.High, code);
        Add(LimitKind.MinimumSentenceDetentionAndTrainingOrderTerm, 4, null, "Sentencing Act 2020 ss.312(3), 315(3) (aged 16 or 17: a DTO of at least 4 months)",
            minimumUrl, Confidence.High, code);

        var reparationUrl = "http://www.legislation.gov.uk./ukpga/2020/17/group/THIRD/part/6/chapter/2/enacted";
        Add(LimitKind.ReparationHours, null, 24, "Sentencing Act 2020 s.111 (at most 24 hours of reparation)", reparationUrl, Confidence.High, code);
        Add(LimitKind.ReparationPeriod, null, 3, "Sentencing Act 2020 s.111 (reparation made within 3 months of the order)", reparationUrl, Confidence.High, code);

        Add(LimitKind.ConditionalDischargePeriod, null, 36, "Sentencing Act 2020 s.80 (period of at most 3 years from the day the order is made)",
            "http://www.legislation.gov.uk./ukpga/2020/17/section/80/data.xht?view=snippet&wrap=true", Confidence.High, code);

        var fineUrl = "https://legislation.gov.uk/ukpga/2020/17/part/7/chapter/1/2020-12-01";
        Add(LimitKind.FineUnder18, null, 1000, "Sentencing Act 2020 s.123 (magistrates' court fine on an offender under 18: at most GBP 1,000)", fineUrl, Confidence.Medium, code);
        Add(LimitKind.FineUnder14, null, 250, "Sentencing Act 2020 s.123 (magistrates' court fine on an offender under 14: at most GBP 250)", fineUrl, Confidence.Medium, code);
        Add(LimitKind.ParentMustPayAge, null, 15, "Sentencing Act 2020 ss.128, 380 (parent or guardian must pay for a child under 16; may for 16-17)",
            "https://legislation.gov.uk/ukpga/2020/17/section/128/data.xht?view=snippet&wrap=true", Confidence.High, code);
        Add(LimitKind.ParentingOrderMandatoryAge, null, 15, "Sentencing Act 2020 s.366 (child under 16: parenting order must be made if desirable)",
            "https://www.legislation.gov.uk/ukpga/1998/37/section/8/data.html", Confidence.High, code);

        return builder.ToImmutable();
    }
}
