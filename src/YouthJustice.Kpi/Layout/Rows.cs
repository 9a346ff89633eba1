namespace YouthJustice.Kpi.Engine;

// The engine's columnar rows: one small struct per record, days as integers (see Days), enumerations as their
// SmartEnum values, "not recorded" booleans as -1. Each child's rows are a contiguous slice, in the order the
// child's lists hold them, so row index − slice start = the index of the record in the ChildCase list.

/// <summary>An intervention. <paramref name="Release"/> is the domain's
/// <see cref="YouthJustice.Domain.Cases.Intervention.EffectiveReleaseDate"/> (a DTO licence's start, else the recorded
/// release date) as a day, or <see cref="Days.None"/>.</summary>
internal readonly record struct InterventionRow(int Start, int End, int Disposal, sbyte Completed, int FirstLink, int LinkCount, int Release = Days.None) : IPeriodRow;

/// <summary>An offence. <paramref name="IsSeriousViolence"/> and <paramref name="IsSeriousViolenceCategory"/> are the
/// domain's <see cref="YouthJustice.Domain.Offences.Offence.IsSeriousViolence"/> and
/// <see cref="YouthJustice.Domain.Offences.OffenceCategory.IsSeriousViolenceCategory"/>, asked once when the service is laid out.
/// <paramref name="FirstRemandHearing"/> is the global row of the earliest hearing with a remand decision
/// (<see cref="YouthJustice.Domain.Offences.RemandDecision.IsRemand"/>) linked to the offence, the lowest id (ordinal) among
/// hearings of the same day; -1 when there is none (kpi-rules §2.1, decision K7-3).</summary>
internal readonly record struct OffenceRow(int OffenceDate, int ArrestDate, int Category, int Seriousness, bool KnifeRelated, bool IsSeriousViolence, bool IsSeriousViolenceCategory, int FirstOutcome, int OutcomeCount, int FirstRemandHearing = -1);

/// <summary>A court hearing: its day and remand decision value; <paramref name="IsRemand"/> is the domain's
/// <see cref="YouthJustice.Domain.Offences.RemandDecision.IsRemand"/>, asked once when the service is laid out.</summary>
internal readonly record struct HearingRow(int Date, int RemandDecision, bool IsRemand);

/// <summary>A legal outcome. <paramref name="IsOverturned"/> and <paramref name="IsResident"/> are the domain's
/// <see cref="YouthJustice.Domain.Offences.LegalOutcome.IsOverturnedOnAppeal"/> and
/// <see cref="YouthJustice.Domain.Offences.LegalOutcome.CountsAsResident"/>, asked once when the service is laid out;
/// <paramref name="AppealStatusRecorded"/> and <paramref name="ResidenceRecorded"/> say whether the two fields were
/// filled at all, which the YJB pipeline profile reads (yjaf-case-level §6.1).</summary>
internal readonly record struct OutcomeRow(int Date, int Disposal, int FirstHearing, bool IsOverturned, bool IsResident, bool AppealStatusRecorded, bool ResidenceRecorded);

/// <summary>An accommodation record. <paramref name="Suitability"/> is the domain's
/// <see cref="YouthJustice.Domain.Accommodation.AccommodationPeriod.EffectiveSuitability"/> (the guidance: always-unsuitable
/// types forced unsuitable, kpi-rules §13.7); <paramref name="RecordedSuitability"/> is the suitability as recorded, which
/// the YJB pipeline profile reads (yjaf-case-level §6.9). 0 = none.</summary>
internal readonly record struct AccommodationRow(int Start, int End, int Type, int Group, int Suitability, bool Primary, int RecordedSuitability) : IPeriodRow;

internal readonly record struct EteRow(int Start, int End, int Provision, int Suitability, decimal HoursOffered, decimal HoursAttended) : IPeriodRow;

internal readonly record struct SendAlnRow(int Start, int End, sbyte Identified, sbyte FormalPlan) : IPeriodRow;

internal readonly record struct HealthRow(int Screened, int Referred, int Offered, int AttendedStart, int AttendedEnd, int Intervention);

internal readonly record struct CareRow(int Start, int End, int Status) : IPeriodRow;

internal readonly record struct VictimRow(int FirstLink, int LinkCount, sbyte Consent, sbyte EngagedRj, sbyte ViewsSought, sbyte ProgressRequested, sbyte ProgressProvided, sbyte SupportRequested, sbyte SupportProvided, sbyte Contacted);
