namespace YouthJustice.Domain.Resettlement;

/// <summary>What a <see cref="ResettlementGap"/> is about.</summary>
public enum ResettlementGapKind
{
    /// <summary>The plan holds no assessment of a pathway (as at the date of the check).</summary>
    PathwayNotAssessed = 0,

    /// <summary>A pathway was assessed but no action was agreed for it.</summary>
    PathwayWithoutAction = 1,

    /// <summary>No plan had been agreed and the pre-release deadline (14 days before release by default) has passed.</summary>
    PlanOverdue = 2,

    /// <summary>The plan was agreed after the pre-release deadline.</summary>
    PlanAgreedLate = 3,

    /// <summary>Transition planning is due, the order runs past the 18th birthday and no transition plan has been agreed.</summary>
    TransitionPlanMissing = 4,
}
