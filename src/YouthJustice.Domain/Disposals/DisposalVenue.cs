namespace YouthJustice.Domain.Disposals;

/// <summary>Where a disposal is decided: out of court (police, with the YJS), in a youth or magistrates' court, or only in the Crown Court.</summary>
[Source("Domain-rules §1.1 (Venue column)", Confidence = Confidence.High)]
public sealed class DisposalVenue : SmartEnum<DisposalVenue>
{
    /// <summary>Out of court: a police decision, which the YJS may support with an intervention.</summary>
    public static readonly DisposalVenue OutOfCourt = new(nameof(OutOfCourt), 1, false);

    /// <summary>A court: the youth court, another magistrates' court or the Crown Court.</summary>
    public static readonly DisposalVenue Court = new(nameof(Court), 2, true);

    /// <summary>The Crown Court only (long-term detention, extended sentences, life, DHMP).</summary>
    public static readonly DisposalVenue CrownCourt = new(nameof(CrownCourt), 3, true);

    private DisposalVenue(string name, int value, bool isCourt)
        : base(name, value)
    {
        IsCourt = isCourt;
    }

    /// <summary>Whether the disposal needs a court (<see cref="Court"/> or <see cref="CrownCourt"/>).</summary>
    public bool IsCourt { get; }

    /// <summary>Reads the name (<c>OutOfCourt</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>venue</c>.</returns>
    public static OneOf<DisposalVenue, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<DisposalVenue>(text, "venue", _ => null);
}
