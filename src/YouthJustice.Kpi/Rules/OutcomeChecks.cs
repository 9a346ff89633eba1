using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The appeal and residence checks of a legal outcome, shared by the cohort (kpi-rules §1.2.3–§1.2.4) and KPI 9
/// (kpi-rules §13.13: "appeal and residence exclusions as the cohort"): the one place where the profile's
/// <see cref="PipelineDivergence.BlankAppealStatusDropsRow"/> and <see cref="PipelineDivergence.BlankResidenceDropsRow"/>
/// apply (yjaf-case-level §6.1).
/// </summary>
[Source("kpi-rules §1.2.3, §1.2.4, §13.5, §13.13; yjaf-case-level §6.1")]
internal static class OutcomeChecks
{
    /// <summary>The first appeal or residence check the outcome fails, or <see cref="OutcomeCheck.Passed"/>.</summary>
    /// <param name="outcome">The outcome row.</param>
    /// <param name="profile">The profile: under the guidance a blank appeal status is no appeal and a blank residence is resident.</param>
    public static OutcomeCheck AppealAndResidence(in OutcomeRow outcome, KpiProfile profile)
    {
        if (outcome.IsOverturned)
        {
            return OutcomeCheck.Overturned;
        }

        // yjaf-case-level §6.1: NOT IN (…) is not true of NULL, so the pipeline drops a blank appeal status.
        if (!outcome.AppealStatusRecorded && profile.Has(PipelineDivergence.BlankAppealStatusDropsRow))
        {
            return OutcomeCheck.AppealStatusNotRecorded;
        }

        if (!outcome.IsResident)
        {
            return OutcomeCheck.NotResident;
        }

        // yjaf-case-level §6.1: NULL <> 'OTHER' is not true either.
        if (!outcome.ResidenceRecorded && profile.Has(PipelineDivergence.BlankResidenceDropsRow))
        {
            return OutcomeCheck.ResidenceNotRecorded;
        }

        return OutcomeCheck.Passed;
    }
}
