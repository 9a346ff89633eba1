using YouthJustice.Domain.Offences;

namespace YouthJustice.Domain.Victims;

/// <summary>
/// A victim of a child's offences and the YJS's work with them (interchange <c>victims[]</c>; YJB
/// <c>victim_intervention</c> linked by <c>link_offence_victim_intervention</c>). Each flag is the YJB's Yes/No, or
/// <see langword="null"/> when not recorded.
/// </summary>
/// <remarks>
/// KPI 10 counts distinct victims across the service; a victim recorded twice has its flags combined, any Yes being
/// Yes (kpi-rules §13.14). Equality compares every field and the offence ids in order.
/// </remarks>
[Source("YJB KPI pipeline: victim_intervention items (kpi-rules §2.10)", Confidence = Confidence.High)]
public sealed record VictimRecord
{
    private readonly IReadOnlyList<OffenceId> _offenceIds;

    /// <summary>Creates the record.</summary>
    /// <param name="id">The victim's id.</param>
    /// <param name="offenceIds">The offences the victim is linked to.</param>
    /// <param name="consentToContact">Consented to be contacted by the YJS (<c>consentYJSContact</c>).</param>
    /// <param name="engagedRestorativeJustice">Engaged with restorative-justice opportunities (<c>engagedRJ</c>).</param>
    /// <param name="viewsSoughtBeforeDecision">Asked their views before the out-of-court decision or the planning of a court order (<c>viewPrior</c>).</param>
    /// <param name="progressRequested">Asked for information on the case's progress (<c>progressRequest</c>).</param>
    /// <param name="progressProvided">Given information on the case's progress (<c>progressProvided</c>).</param>
    /// <param name="supportRequested">Asked for information on additional support services (<c>additionalSupportRequest</c>).</param>
    /// <param name="supportProvided">Given information on additional support services (<c>additionalSupportProvided</c>).</param>
    /// <param name="contacted">Contacted by the YJS (a <c>yjscontactDate</c> is recorded).</param>
    /// <exception cref="ArgumentNullException"><paramref name="offenceIds"/> is null.</exception>
    public VictimRecord(
        VictimId id,
        IEnumerable<OffenceId> offenceIds,
        bool? consentToContact,
        bool? engagedRestorativeJustice,
        bool? viewsSoughtBeforeDecision,
        bool? progressRequested,
        bool? progressProvided,
        bool? supportRequested,
        bool? supportProvided,
        bool? contacted)
    {
        Id = id;
        _offenceIds = FrozenList.Of(Preconditions.CheckNotNull(offenceIds, nameof(offenceIds)));
        ConsentToContact = consentToContact;
        EngagedRestorativeJustice = engagedRestorativeJustice;
        ViewsSoughtBeforeDecision = viewsSoughtBeforeDecision;
        ProgressRequested = progressRequested;
        ProgressProvided = progressProvided;
        SupportRequested = supportRequested;
        SupportProvided = supportProvided;
        Contacted = contacted;
    }

    /// <summary>The victim's id.</summary>
    public VictimId Id { get; }

    /// <summary>The ids of the offences the victim is linked to.</summary>
    public IReadOnlyList<OffenceId> OffenceIds => _offenceIds;

    /// <summary>Consented to be contacted by the YJS.</summary>
    public bool? ConsentToContact { get; }

    /// <summary>Engaged with restorative-justice opportunities.</summary>
    public bool? EngagedRestorativeJustice { get; }

    /// <summary>Asked their views before the decision or planning.</summary>
    public bool? ViewsSoughtBeforeDecision { get; }

    /// <summary>Asked for information on the case's progress.</summary>
    public bool? ProgressRequested { get; }

    /// <summary>Given information on the case's progress.</summary>
    public bool? ProgressProvided { get; }

    /// <summary>Asked for information on additional support services.</summary>
    public bool? SupportRequested { get; }

    /// <summary>Given information on additional support services.</summary>
    public bool? SupportProvided { get; }

    /// <summary>Contacted by the YJS.</summary>
    public bool? Contacted { get; }

    /// <inheritdoc />
    public bool Equals(VictimRecord? other)
        => other is not null
           && Id == other.Id
           && ConsentToContact == other.ConsentToContact
           && EngagedRestorativeJustice == other.EngagedRestorativeJustice
           && ViewsSoughtBeforeDecision == other.ViewsSoughtBeforeDecision
           && ProgressRequested == other.ProgressRequested
           && ProgressProvided == other.ProgressProvided
           && SupportRequested == other.SupportRequested
           && SupportProvided == other.SupportProvided
           && Contacted == other.Contacted
           && FrozenList.SequenceEqual(_offenceIds, other._offenceIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ConsentToContact, EngagedRestorativeJustice, _offenceIds.Count);
}
