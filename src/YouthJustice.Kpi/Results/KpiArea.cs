using Ardalis.SmartEnum;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The ten YJB key performance indicators collected from 1 April 2023, keyed by a stable name. The public number
/// follows the gov.uk order (7 = management board attendance, 8 = wider services), which is what measure ids use
/// (<c>kpi7.headline</c>); <see cref="ReturnTableNumber"/> is the YJB return-table numbering, which swaps 7 and 8.
/// </summary>
[Source("YJB, Key performance indicators for youth justice services (gov.uk, S1); kpi-rules §0.3 (numbering discrepancy)")]
public sealed class KpiArea : SmartEnum<KpiArea>
{
    /// <summary>KPI 1: suitable accommodation.</summary>
    public static readonly KpiArea Accommodation = new(nameof(Accommodation), 1, 1, "Accommodation", "Proportion of children in suitable accommodation at the end of their order", "kpi1_accommodation_detail_v1");

    /// <summary>KPI 2: education, training and employment.</summary>
    public static readonly KpiArea Ete = new(nameof(Ete), 2, 2, "Education, training and employment", "Proportion of children in suitable education, training or employment at the end of their order", "kpi2_ete_v1");

    /// <summary>KPI 3: special educational needs and disabilities (England) / additional learning needs (Wales).</summary>
    public static readonly KpiArea SendAln = new(nameof(SendAln), 3, 3, "SEND/ALN", "Proportion of children with an identified SEND/ALN need who have a formal plan in place", "kpi3_send_aln_v1");

    /// <summary>KPI 4: mental health and emotional wellbeing.</summary>
    public static readonly KpiArea MentalHealth = new(nameof(MentalHealth), 4, 4, "Mental health and emotional wellbeing", "Proportion of children with an identified mental health or emotional wellbeing need who were offered an intervention", "kpi4_mhew_v1");

    /// <summary>KPI 5: substance misuse.</summary>
    public static readonly KpiArea SubstanceMisuse = new(nameof(SubstanceMisuse), 5, 5, "Substance misuse", "Proportion of children with an identified substance misuse need who were offered treatment or support", "kpi5_substance_misuse_v1");

    /// <summary>KPI 6: out-of-court disposals.</summary>
    public static readonly KpiArea OutOfCourtDisposals = new(nameof(OutOfCourtDisposals), 6, 6, "Out-of-court disposals", "Proportion of children who completed their out-of-court disposal intervention", "kpi6_ooc_v1");

    /// <summary>KPI 7 (public numbering): management board attendance; table 8 in the YJB returns.</summary>
    public static readonly KpiArea ManagementBoardAttendance = new(nameof(ManagementBoardAttendance), 7, 8, "Management board attendance", "Proportion of the five statutory partners represented by a senior partner at the management board", "kpi8_mba_v1");

    /// <summary>KPI 8 (public numbering): wider services; table 7 in the YJB returns.</summary>
    public static readonly KpiArea WiderServices = new(nameof(WiderServices), 8, 7, "Wider services", "Proportion of children supported by wider care services during their order", "kpi7_ws_v1");

    /// <summary>KPI 9: serious violence.</summary>
    public static readonly KpiArea SeriousViolence = new(nameof(SeriousViolence), 9, 9, "Serious violence", "Rate of proven serious violence offences per 10,000 children aged 10 to 17", "kpi9_sv_v1");

    /// <summary>KPI 10: victims.</summary>
    public static readonly KpiArea Victims = new(nameof(Victims), 10, 10, "Victims", "Proportion of victims who consented to contact and engaged with restorative justice opportunities", "kpi10_victims_v1");

    private KpiArea(string name, int publicNumber, int returnTableNumber, string title, string headlineLabel, string yjafReturnTable)
        : base(name, publicNumber)
    {
        ReturnTableNumber = returnTableNumber;
        Title = title;
        HeadlineLabel = headlineLabel;
        YjafReturnTable = yjafReturnTable;
    }

    /// <summary>The YJAF summary return table (<c>kpi7_ws_v1</c>, <c>kpi8_mba_v1</c> ...; kpi-rules §5).</summary>
    public string YjafReturnTable { get; }

    /// <summary>The measure-id prefix: <c>kpi</c> and the public number (<c>kpi7</c>).</summary>
    public string MeasureIdPrefix => "kpi" + PublicNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number used in measure ids and the gov.uk list (7 = management board attendance, 8 = wider services).</summary>
    public int PublicNumber => Value;

    /// <summary>The number of the YJB return table (<c>kpi7_ws_v1</c> = wider services, <c>kpi8_mba_v1</c> = management board attendance).</summary>
    public int ReturnTableNumber { get; }

    /// <summary>The short name, as the guidance titles the KPI.</summary>
    public string Title { get; }

    /// <summary>The headline's long label.</summary>
    public string HeadlineLabel { get; }

    /// <summary>The KPI with the given YJB return-table number (for reading YJAF data).</summary>
    /// <param name="returnTableNumber">1–10.</param>
    /// <returns>The KPI.</returns>
    public static KpiArea FromReturnTableNumber(int returnTableNumber)
    {
        foreach (var kpi in List)
        {
            if (kpi.ReturnTableNumber == returnTableNumber)
            {
                return kpi;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(returnTableNumber), returnTableNumber, "Return-table numbers run from 1 to 10.");
    }
}
