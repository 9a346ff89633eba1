namespace YouthJustice.Domain.Outcomes;

/// <summary>A child's outcomes at one follow-up point, as known on the "as at" date.</summary>
/// <param name="Point">The follow-up point.</param>
/// <param name="DueOn">The point's date: ETE and accommodation are read on it.</param>
/// <param name="ReoffendingKnownOn">The date from which reoffending can be reported: the intervention end plus the point's months plus the waiting months for proof.</param>
/// <param name="Reoffending">Whether the child reoffended in the follow-up.</param>
/// <param name="ProvenReoffences">The number of proven offences committed in the follow-up (0 while not yet due).</param>
/// <param name="Ete">ETE on the point's date.</param>
/// <param name="Accommodation">Accommodation on the point's date.</param>
public sealed record FollowUpStatus(
    FollowUpPoint Point,
    LocalDate DueOn,
    LocalDate ReoffendingKnownOn,
    ReoffendingStatus Reoffending,
    int ProvenReoffences,
    EteOutcome Ete,
    AccommodationOutcome Accommodation);
