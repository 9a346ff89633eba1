using System.Linq;
using Ardalis.SmartEnum;
using OneOf;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Reference;

/// <summary>
/// The ten YJB key performance indicators, keyed by a stable name, with both numberings held as data: the public
/// number (gov.uk order, used in measure ids: 7 = management board attendance, 8 = wider services) and the number of
/// the YJB's own return tables (7 = wider services, <c>kpi7_ws_v1</c>; 8 = management board attendance,
/// <c>kpi8_mba_v1</c>).
/// </summary>
/// <remarks>kpi-rules §0.3: the two numberings disagree for 7 and 8; the project's public ids follow gov.uk.</remarks>
[Source("gov.uk KPIs for youth justice services; YJB return tables kpi1...kpi10 (kpi-rules §0.3, §5)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", Confidence = Confidence.Medium)]
public sealed class KpiTopic : SmartEnum<KpiTopic>
{
    /// <summary>KPI 1, accommodation.</summary>
    public static readonly KpiTopic Accommodation = new(nameof(Accommodation), 1, 1, "Accommodation", "kpi1_accommodation_detail_v1");

    /// <summary>KPI 2, education, training and employment.</summary>
    public static readonly KpiTopic Ete = new(nameof(Ete), 2, 2, "Education, training and employment", "kpi2_ete_v1");

    /// <summary>KPI 3, SEND (England) / ALN (Wales).</summary>
    public static readonly KpiTopic SendAln = new(nameof(SendAln), 3, 3, "Special educational needs and disabilities / additional learning needs", "kpi3_send_aln_v1");

    /// <summary>KPI 4, mental health and emotional wellbeing.</summary>
    public static readonly KpiTopic MentalHealth = new(nameof(MentalHealth), 4, 4, "Mental health and emotional wellbeing", "kpi4_mhew_v1");

    /// <summary>KPI 5, substance misuse.</summary>
    public static readonly KpiTopic SubstanceMisuse = new(nameof(SubstanceMisuse), 5, 5, "Substance misuse", "kpi5_substance_misuse_v1");

    /// <summary>KPI 6, out-of-court disposals.</summary>
    public static readonly KpiTopic OutOfCourtDisposals = new(nameof(OutOfCourtDisposals), 6, 6, "Out-of-court disposals", "kpi6_ooc_v1");

    /// <summary>Management board attendance: public KPI 7, YJB return table 8.</summary>
    public static readonly KpiTopic ManagementBoardAttendance = new(nameof(ManagementBoardAttendance), 7, 8, "Management board attendance", "kpi8_mba_v1");

    /// <summary>Wider services: public KPI 8, YJB return table 7.</summary>
    public static readonly KpiTopic WiderServices = new(nameof(WiderServices), 8, 7, "Wider services", "kpi7_ws_v1");

    /// <summary>KPI 9, serious violence.</summary>
    public static readonly KpiTopic SeriousViolence = new(nameof(SeriousViolence), 9, 9, "Serious violence", "kpi9_sv_v1");

    /// <summary>KPI 10, victims.</summary>
    public static readonly KpiTopic Victims = new(nameof(Victims), 10, 10, "Victims", "kpi10_victims_v1");

    private KpiTopic(string name, int publicNumber, int returnTableNumber, string title, string yjafReturnTable)
        : base(name, publicNumber)
    {
        ReturnTableNumber = returnTableNumber;
        Title = title;
        YjafReturnTable = yjafReturnTable;
    }

    /// <summary>The public number (gov.uk order), used in measure ids (<c>kpi7.headline</c> = management board attendance).</summary>
    public int PublicNumber => Value;

    /// <summary>The number in the YJB's return tables and pipeline (7 = wider services, 8 = management board attendance).</summary>
    public int ReturnTableNumber { get; }

    /// <summary>The KPI's title.</summary>
    public string Title { get; }

    /// <summary>The YJAF return table of the KPI summary template (<c>kpi8_mba_v1</c>).</summary>
    public string YjafReturnTable { get; }

    /// <summary>The measure-id prefix, <c>kpi</c> and the public number (<c>kpi7</c>).</summary>
    public string MeasureIdPrefix => "kpi" + PublicNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The KPI with the given public number, or <see langword="null"/> outside 1–10.</summary>
    /// <param name="number">1–10.</param>
    /// <returns>The KPI, or <see langword="null"/>.</returns>
    public static KpiTopic? FromPublicNumber(int number) => List.FirstOrDefault(k => k.PublicNumber == number);

    /// <summary>The KPI with the given YJB return-table number, or <see langword="null"/> outside 1–10.</summary>
    /// <param name="number">1–10.</param>
    /// <returns>The KPI, or <see langword="null"/>.</returns>
    public static KpiTopic? FromReturnTableNumber(int number) => List.FirstOrDefault(k => k.ReturnTableNumber == number);

    /// <summary>Reads the name (<c>WiderServices</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>kpi</c>.</returns>
    public static OneOf<KpiTopic, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<KpiTopic>(text, "kpi", _ => null);
}
