using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// Receives each child's status on each measure. The accumulator counts; the explanation sink keeps the reasons.
/// A measure records exactly one status per child per measure it evaluates.
/// </summary>
internal interface IMeasureSink
{
    /// <param name="measure">The measure's index in the engine's catalogue.</param>
    /// <param name="status">Where the child stands.</param>
    /// <param name="reason">Why.</param>
    void Record(int measure, ChildMeasureStatus status, in Reason reason);
}
