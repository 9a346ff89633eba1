namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>
/// Every kind of legal limit the library knows: what is limited, the validation rule id that enforces it
/// (<c>RO-1</c>, <c>DTO-3</c> ...: domain-rules §1.4–1.6, numbered on where the spec stops), the unit and the date that
/// decides it. The values themselves, with their dates in force and sources, are <see cref="LegalLimit"/> versions held
/// by <see cref="LegalLimits"/>.
/// </summary>
/// <remarks><c>Value</c> is a stable id, not an order.</remarks>
[Source("Domain-rules §1.3-1.7 validation rules (Sentencing Act 2020 Parts 5-10 and Schedules 6-12)", Url = "https://www.legislation.gov.uk/ukpga/2020/17/contents", EffectiveFrom = "2020-12-01", Confidence = Confidence.High)]
public sealed class LimitKind : SmartEnum<LimitKind>
{
    /// <summary>No offence below the age of criminal responsibility: at least 10 when the offence was committed. Rule <c>AGE-1</c>.</summary>
    public static readonly LimitKind MinimumAgeOfCriminalResponsibility = new(nameof(MinimumAgeOfCriminalResponsibility), 1, "AGE-1", LimitUnit.YearsOfAge, DateBasis.OffenceDate, "No offence below the age of criminal responsibility: at least 10 when the offence was committed.", []);

    /// <summary>Youth sentences (referral order, reparation order, YRO, DTO) need the child to be under 18 when convicted; youth and conditional cautions under 18 when given. Rule <c>AGE-2</c>.</summary>
    public static readonly LimitKind YouthSentenceMaximumAge = new(nameof(YouthSentenceMaximumAge), 2, "AGE-2", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Youth sentences (referral order, reparation order, YRO, DTO) need the child to be under 18 when convicted; youth and conditional cautions under 18 when given.", [Disposal.YouthCaution, Disposal.YouthConditionalCaution, Disposal.ReparationOrder, Disposal.ReferralOrder, Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering, Disposal.DetentionAndTrainingOrder, Disposal.Section250Detention, Disposal.SpecialSentenceTerroristOffender, Disposal.ExtendedSentenceOfDetention, Disposal.DetentionForLife]);

    /// <summary>Referral order: at least 3 and at most 12 months. Rule <c>RO-1</c>.</summary>
    public static readonly LimitKind ReferralOrderLength = new(nameof(ReferralOrderLength), 3, "RO-1", LimitUnit.Months, DateBasis.ConvictionDate, "Referral order: at least 3 and at most 12 months.", [Disposal.ReferralOrder]);

    /// <summary>Referral order extension on referral back to court: at most 3 months. Rule <c>RO-2</c>.</summary>
    public static readonly LimitKind ReferralOrderExtension = new(nameof(ReferralOrderExtension), 4, "RO-2", LimitUnit.Months, DateBasis.SentenceDate, "Referral order extension on referral back to court: at most 3 months.", [Disposal.ReferralOrder]);

    /// <summary>Referral order with extensions: at most 12 months in total. Rule <c>RO-2</c>.</summary>
    public static readonly LimitKind ReferralOrderTotalLength = new(nameof(ReferralOrderTotalLength), 5, "RO-2", LimitUnit.Months, DateBasis.SentenceDate, "Referral order with extensions: at most 12 months in total.", [Disposal.ReferralOrder]);

    /// <summary>Referral order: the court must order a parent or guardian to attend panel meetings for a child under 16 (may for 16-17). Rule <c>RO-7</c>.</summary>
    public static readonly LimitKind ReferralOrderParentAttendanceAge = new(nameof(ReferralOrderParentAttendanceAge), 6, "RO-7", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Referral order: the court must order a parent or guardian to attend panel meetings for a child under 16 (may for 16-17).", [Disposal.ReferralOrder]);

    /// <summary>YRO end date: at most 3 years after the order takes effect. Rule <c>YRO-1</c>.</summary>
    public static readonly LimitKind YouthRehabilitationOrderLength = new(nameof(YouthRehabilitationOrderLength), 7, "YRO-1", LimitUnit.Months, DateBasis.ConvictionDate, "YRO end date: at most 3 years after the order takes effect.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>YRO end date extension on breach: once, at most 6 months (the order may then exceed 3 years). Rule <c>YRO-1</c>.</summary>
    public static readonly LimitKind YouthRehabilitationOrderBreachExtension = new(nameof(YouthRehabilitationOrderBreachExtension), 8, "YRO-1", LimitUnit.Months, DateBasis.SentenceDate, "YRO end date extension on breach: once, at most 6 months (the order may then exceed 3 years).", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>YRO with intensive supervision and surveillance: end date at least 6 months after it takes effect. Rule <c>YRO-2</c>.</summary>
    public static readonly LimitKind YouthRehabilitationOrderWithIssMinimumLength = new(nameof(YouthRehabilitationOrderWithIssMinimumLength), 9, "YRO-2", LimitUnit.Months, DateBasis.ConvictionDate, "YRO with intensive supervision and surveillance: end date at least 6 months after it takes effect.", [Disposal.YouthRehabilitationOrderWithIss]);

    /// <summary>Unpaid work requirement: only if 16 or 17 when convicted. Rule <c>YRO-3</c>.</summary>
    public static readonly LimitKind UnpaidWorkMinimumAge = new(nameof(UnpaidWorkMinimumAge), 10, "YRO-3", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Unpaid work requirement: only if 16 or 17 when convicted.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Unpaid work requirement: 40 to 240 hours in aggregate. Rule <c>YRO-4</c>.</summary>
    public static readonly LimitKind UnpaidWorkHours = new(nameof(UnpaidWorkHours), 11, "YRO-4", LimitUnit.Hours, DateBasis.ConvictionDate, "Unpaid work requirement: 40 to 240 hours in aggregate.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Curfew requirement: at least 2 hours on a curfew day and at most 16 (20 after PCSC 2022 Sch 17 para 19). Rule <c>YRO-5</c>.</summary>
    public static readonly LimitKind CurfewHoursPerDay = new(nameof(CurfewHoursPerDay), 12, "YRO-5", LimitUnit.HoursPerDay, DateBasis.ConvictionDate, "Curfew requirement: at least 2 hours on a curfew day and at most 16 (20 after PCSC 2022 Sch 17 para 19).", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Curfew requirement: at most 112 hours in any 7 days (after PCSC 2022 Sch 17 para 19). Rule <c>YRO-5</c>.</summary>
    public static readonly LimitKind CurfewHoursPerSevenDays = new(nameof(CurfewHoursPerSevenDays), 13, "YRO-5", LimitUnit.HoursPerSevenDays, DateBasis.ConvictionDate, "Curfew requirement: at most 112 hours in any 7 days (after PCSC 2022 Sch 17 para 19).", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Curfew requirement: curfew periods within 12 months of the requirement first taking effect. Rule <c>YRO-5</c>.</summary>
    public static readonly LimitKind CurfewPeriod = new(nameof(CurfewPeriod), 14, "YRO-5", LimitUnit.Months, DateBasis.ConvictionDate, "Curfew requirement: curfew periods within 12 months of the requirement first taking effect.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Activity requirement: at most 90 days in aggregate (more only as extended activity with ISS). Rule <c>YRO-6</c>.</summary>
    public static readonly LimitKind ActivityDays = new(nameof(ActivityDays), 15, "YRO-6", LimitUnit.Days, DateBasis.ConvictionDate, "Activity requirement: at most 90 days in aggregate (more only as extended activity with ISS).", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Extended activity requirement (YRO with ISS only): more than 90 and at most 180 days (365 after PCSC 2022 Sch 17 para 17). Rule <c>YRO-6</c>.</summary>
    public static readonly LimitKind ExtendedActivityDays = new(nameof(ExtendedActivityDays), 16, "YRO-6", LimitUnit.Days, DateBasis.ConvictionDate, "Extended activity requirement (YRO with ISS only): more than 90 and at most 180 days (365 after PCSC 2022 Sch 17 para 17).", [Disposal.YouthRehabilitationOrderWithIss]);

    /// <summary>Fostering requirement: ends at most 12 months after it takes effect. Rule <c>YRO-7</c>.</summary>
    public static readonly LimitKind FosteringPeriod = new(nameof(FosteringPeriod), 17, "YRO-7", LimitUnit.Months, DateBasis.ConvictionDate, "Fostering requirement: ends at most 12 months after it takes effect.", [Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Fostering requirement: must end before the 18th birthday. Rule <c>YRO-7</c>.</summary>
    public static readonly LimitKind FosteringMaximumAge = new(nameof(FosteringMaximumAge), 18, "YRO-7", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Fostering requirement: must end before the 18th birthday.", [Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Attendance centre requirement, under 14 at conviction: at most 12 hours. Rule <c>YRO-9</c>.</summary>
    public static readonly LimitKind AttendanceCentreHoursUnder14 = new(nameof(AttendanceCentreHoursUnder14), 19, "YRO-9", LimitUnit.Hours, DateBasis.ConvictionDate, "Attendance centre requirement, under 14 at conviction: at most 12 hours.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Attendance centre requirement, 14 or 15 at conviction: 12 to 24 hours. Rule <c>YRO-9</c>.</summary>
    public static readonly LimitKind AttendanceCentreHours14To15 = new(nameof(AttendanceCentreHours14To15), 20, "YRO-9", LimitUnit.Hours, DateBasis.ConvictionDate, "Attendance centre requirement, 14 or 15 at conviction: 12 to 24 hours.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Attendance centre requirement, 16 or over at conviction: 12 to 36 hours. Rule <c>YRO-9</c>.</summary>
    public static readonly LimitKind AttendanceCentreHours16AndOver = new(nameof(AttendanceCentreHours16AndOver), 21, "YRO-9", LimitUnit.Hours, DateBasis.ConvictionDate, "Attendance centre requirement, 16 or over at conviction: 12 to 36 hours.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>Residence requirement: only if 16 or over when convicted. Rule <c>YRO-10</c>.</summary>
    public static readonly LimitKind ResidenceMinimumAge = new(nameof(ResidenceMinimumAge), 22, "YRO-10", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Residence requirement: only if 16 or over when convicted.", [Disposal.YouthRehabilitationOrder, Disposal.YouthRehabilitationOrderWithIss, Disposal.YouthRehabilitationOrderWithFostering]);

    /// <summary>DTO: only if 12 or over when convicted. Rule <c>DTO-1</c>.</summary>
    public static readonly LimitKind DetentionAndTrainingOrderMinimumAge = new(nameof(DetentionAndTrainingOrderMinimumAge), 23, "DTO-1", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "DTO: only if 12 or over when convicted.", [Disposal.DetentionAndTrainingOrder]);

    /// <summary>DTO: a child under 15 when convicted only if the court finds them a persistent offender. Rule <c>DTO-2</c>.</summary>
    public static readonly LimitKind DetentionAndTrainingOrderPersistentOffenderAge = new(nameof(DetentionAndTrainingOrderPersistentOffenderAge), 24, "DTO-2", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "DTO: a child under 15 when convicted only if the court finds them a persistent offender.", [Disposal.DetentionAndTrainingOrder]);

    /// <summary>DTO term: one of 4, 6, 8, 10, 12, 18 or 24 months before 28 June 2022; any term from 4 to 24 months from that day. Rule <c>DTO-3</c>.</summary>
    public static readonly LimitKind DetentionAndTrainingOrderTerm = new(nameof(DetentionAndTrainingOrderTerm), 25, "DTO-3", LimitUnit.Months, DateBasis.SentenceDate, "DTO term: one of 4, 6, 8, 10, 12, 18 or 24 months before 28 June 2022; any term from 4 to 24 months from that day.", [Disposal.DetentionAndTrainingOrder]);

    /// <summary>Consecutive DTOs: at most 24 months in total. Rule <c>DTO-4</c>.</summary>
    public static readonly LimitKind DetentionAndTrainingOrderConsecutiveTotal = new(nameof(DetentionAndTrainingOrderConsecutiveTotal), 26, "DTO-4", LimitUnit.Months, DateBasis.SentenceDate, "Consecutive DTOs: at most 24 months in total.", [Disposal.DetentionAndTrainingOrder]);

    /// <summary>Sentencing Act 2020 s.312 (threatening with a blade or offensive weapon): minimum sentence applies at 16 or 17. Rule <c>DTO-5</c>.</summary>
    public static readonly LimitKind MinimumSentenceSection312Age = new(nameof(MinimumSentenceSection312Age), 27, "DTO-5", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Sentencing Act 2020 s.312 (threatening with a blade or offensive weapon): minimum sentence applies at 16 or 17.", [Disposal.DetentionAndTrainingOrder]);

    /// <summary>Sentencing Act 2020 s.315 (repeat possession of a blade, offensive weapon or corrosive substance): minimum applies if 16 or over at the offence. Rule <c>DTO-5</c>.</summary>
    public static readonly LimitKind MinimumSentenceSection315Age = new(nameof(MinimumSentenceSection315Age), 28, "DTO-5", LimitUnit.YearsOfAge, DateBasis.OffenceDate, "Sentencing Act 2020 s.315 (repeat possession of a blade, offensive weapon or corrosive substance): minimum applies if 16 or over at the offence.", [Disposal.DetentionAndTrainingOrder]);

    /// <summary>Minimum sentence under ss.312/315 for a 16- or 17-year-old: a DTO of at least 4 months. Rule <c>DTO-5</c>.</summary>
    public static readonly LimitKind MinimumSentenceDetentionAndTrainingOrderTerm = new(nameof(MinimumSentenceDetentionAndTrainingOrderTerm), 29, "DTO-5", LimitUnit.Months, DateBasis.SentenceDate, "Minimum sentence under ss.312/315 for a 16- or 17-year-old: a DTO of at least 4 months.", [Disposal.DetentionAndTrainingOrder]);

    /// <summary>Reparation order: at most 24 hours of reparation. Rule <c>REP-1</c>.</summary>
    public static readonly LimitKind ReparationHours = new(nameof(ReparationHours), 30, "REP-1", LimitUnit.Hours, DateBasis.ConvictionDate, "Reparation order: at most 24 hours of reparation.", [Disposal.ReparationOrder]);

    /// <summary>Reparation order: reparation made within 3 months of the order. Rule <c>REP-2</c>.</summary>
    public static readonly LimitKind ReparationPeriod = new(nameof(ReparationPeriod), 31, "REP-2", LimitUnit.Months, DateBasis.ConvictionDate, "Reparation order: reparation made within 3 months of the order.", [Disposal.ReparationOrder]);

    /// <summary>Conditional discharge: a period of at most 3 years from the day the order is made. Rule <c>CD-1</c>.</summary>
    public static readonly LimitKind ConditionalDischargePeriod = new(nameof(ConditionalDischargePeriod), 32, "CD-1", LimitUnit.Months, DateBasis.ConvictionDate, "Conditional discharge: a period of at most 3 years from the day the order is made.", [Disposal.ConditionalDischarge]);

    /// <summary>Fine in a youth or magistrates' court on an offender under 18: at most GBP 1,000. Rule <c>FINE-1</c>.</summary>
    public static readonly LimitKind FineUnder18 = new(nameof(FineUnder18), 33, "FINE-1", LimitUnit.Pounds, DateBasis.ConvictionDate, "Fine in a youth or magistrates' court on an offender under 18: at most GBP 1,000.", [Disposal.Fine]);

    /// <summary>Fine in a youth or magistrates' court on an offender under 14: at most GBP 250. Rule <c>FINE-2</c>.</summary>
    public static readonly LimitKind FineUnder14 = new(nameof(FineUnder14), 34, "FINE-2", LimitUnit.Pounds, DateBasis.ConvictionDate, "Fine in a youth or magistrates' court on an offender under 14: at most GBP 250.", [Disposal.Fine]);

    /// <summary>Fine, costs, compensation: the court must order a parent or guardian to pay for a child under 16 (may for 16-17). Rule <c>FINE-3</c>.</summary>
    public static readonly LimitKind ParentMustPayAge = new(nameof(ParentMustPayAge), 35, "FINE-3", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Fine, costs, compensation: the court must order a parent or guardian to pay for a child under 16 (may for 16-17).", [Disposal.Fine]);

    /// <summary>Parenting order: the court must make one for a child under 16 at conviction if desirable to prevent further offending (may for 16-17). Rule <c>PAR-1</c>.</summary>
    public static readonly LimitKind ParentingOrderMandatoryAge = new(nameof(ParentingOrderMandatoryAge), 36, "PAR-1", LimitUnit.YearsOfAge, DateBasis.ConvictionDate, "Parenting order: the court must make one for a child under 16 at conviction if desirable to prevent further offending (may for 16-17).", [Disposal.ParentingOrder]);

    private LimitKind(string name, int value, string ruleId, LimitUnit unit, DateBasis dateBasis, string description, Disposal[] appliesTo)
        : base(name, value)
    {
        AppliesTo = Array.AsReadOnly(appliesTo);
        RuleId = ruleId;
        Unit = unit;
        DateBasis = dateBasis;
        Description = description;
    }

    /// <summary>The validation rule that enforces this limit (<c>RO-1</c>, <c>YRO-5</c>, <c>DTO-3</c> ...).</summary>
    public string RuleId { get; }

    /// <summary>What the bounds count.</summary>
    public LimitUnit Unit { get; }

    /// <summary>The date of the case that picks the version of the law (and, for an age, the day the age is taken on).</summary>
    public DateBasis DateBasis { get; }

    /// <summary>The limit in words.</summary>
    public string Description { get; }

    /// <summary>The disposals this limit constrains; empty when it constrains every disposal (criminal responsibility).</summary>
    public IReadOnlyList<Disposal> AppliesTo { get; }

    /// <summary>Whether this limit constrains a disposal.</summary>
    /// <param name="disposal">The disposal.</param>
    /// <returns><see langword="true"/> when <see cref="AppliesTo"/> is empty or contains <paramref name="disposal"/>.</returns>
    public bool Constrains(Disposal disposal) => AppliesTo.Count == 0 || AppliesTo.Contains(disposal);
}
