using YouthJustice.Domain.Disposals;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 6, in return order: the headline, "not completed" and the template's six 6a columns
/// (kpi-rules §2.6, §13.10, S24), each id written out so that it can be searched for. <c>OutOfCourtDisposalMeasuresTest</c>
/// checks that the columns cover every out-of-court disposal once and that each written id names its disposals.
/// </summary>
internal static class OutOfCourtDisposalMeasures
{
    /// <summary>Every KPI 6 measure, in return order.</summary>
    public static readonly OutOfCourtDisposalMeasure[] All =
    [
        new("kpi6.headline", KpiArea.OutOfCourtDisposals.HeadlineLabel, OutOfCourtDisposalRule.Headline),
        new("kpi6.notCompleted", "Children who did not complete their out-of-court disposal intervention (including completion not recorded)", OutOfCourtDisposalRule.NotCompleted),

        ByDisposal("kpi6.6a.CommunityResolution", "community resolution", Disposal.CommunityResolution),
        ByDisposal("kpi6.6a.Outcome22", "no further action Outcome 22 with YJS involvement", Disposal.Outcome22),
        ByDisposal("kpi6.6a.Outcome22DeferredProsecution", "Outcome 22 deferred prosecution or deferred caution with YJS involvement", Disposal.Outcome22DeferredProsecution),
        ByDisposal("kpi6.6a.Outcome20Or21", "Outcome 20/21 with YJS involvement", Disposal.Outcome20, Disposal.Outcome21, Disposal.Outcome20Or21),
        ByDisposal("kpi6.6a.YouthCaution", "youth caution with YJS intervention", Disposal.YouthCaution),
        ByDisposal("kpi6.6a.YouthConditionalCaution", "youth conditional caution", Disposal.YouthConditionalCaution),
    ];

    private static OutOfCourtDisposalMeasure ByDisposal(string id, string label, params Disposal[] disposals)
        => new(id, "Completed, of children whose out-of-court disposal was: " + label, OutOfCourtDisposalRule.CompletedByDisposal) { Disposals = disposals };
}
