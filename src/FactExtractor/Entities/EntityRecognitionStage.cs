using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactExtractor.Pipeline;
using FactExtractor.Text;

namespace FactExtractor.Entities;

/// <summary>
/// The entity layer: runs its recognizers in order — each sees the mentions found before it — then keeps one label
/// per span (<see cref="ResolveOverlaps"/>) and lets the <see cref="EntityResolver"/> give every mention its canonical
/// name and find the short forms that refer back to earlier names.
/// </summary>
public sealed class EntityRecognitionStage : IPipelineStage
{
    /// <summary>Creates the stage.</summary>
    /// <param name="recognizers">The recognizers, in run order; on equal spans an earlier one wins.</param>
    /// <param name="resolver">The resolver, or null to keep mentions as found.</param>
    public EntityRecognitionStage(IEnumerable<IEntityRecognizer> recognizers, EntityResolver? resolver)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        Recognizers = [.. recognizers];
        Resolver = resolver;
        DocumentLayers requires = DocumentLayers.None;
        foreach (IEntityRecognizer recognizer in Recognizers)
        {
            requires |= recognizer.Requires;
        }

        Requires = requires & ~DocumentLayers.Entities;
    }

    /// <summary>The recognizers, in run order.</summary>
    public ImmutableArray<IEntityRecognizer> Recognizers { get; }

    /// <summary>The resolver, or null.</summary>
    public EntityResolver? Resolver { get; }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public DocumentLayers Requires { get; }

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Entities;

    /// <summary>A stage with one more recognizer, at the end or at the front.</summary>
    /// <param name="recognizer">The recognizer to add.</param>
    /// <param name="first">Whether it goes first (and so wins ties), as user lexicons do.</param>
    public EntityRecognitionStage With(IEntityRecognizer recognizer, bool first = false) =>
        new(first ? Recognizers.Insert(0, recognizer) : Recognizers.Add(recognizer), Resolver);

    /// <inheritdoc />
    public void Process(AnalysisContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Document document = context.ToDocument();
        var candidates = new List<Candidate>();
        var found = new List<EntityMention>();
        for (int r = 0; r < Recognizers.Length; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.Clear();
            Document view = candidates.Count == 0 ? document : document.WithEntities(SortedMentions(candidates));
            Recognizers[r].Recognize(view, found);
            foreach (EntityMention mention in found)
            {
                candidates.Add(new Candidate(mention, r));
            }
        }

        List<EntityMention> selected = ResolveOverlaps(candidates, document.Text.Length);
        IReadOnlyList<EntityMention> final = Resolver is null ? selected : Resolver.Resolve(document, selected);
        foreach (EntityMention mention in final)
        {
            context.AddEntity(mention);
        }
    }

    /// <summary>
    /// Keeps one mention per span: longest first, then earliest, then the earlier recognizer, then the more confident;
    /// a mention that overlaps one already kept is dropped.
    /// </summary>
    internal static List<EntityMention> ResolveOverlaps(List<Candidate> candidates, int textLength)
    {
        candidates.Sort(static (a, b) =>
        {
            int c = b.Mention.Span.Length.CompareTo(a.Mention.Span.Length);
            if (c == 0)
            {
                c = a.Mention.Start.CompareTo(b.Mention.Start);
            }

            if (c == 0)
            {
                c = a.Priority.CompareTo(b.Priority);
            }

            return c == 0 ? b.Mention.Confidence.CompareTo(a.Mention.Confidence) : c;
        });
        var taken = new BitArray(textLength + 1);
        var selected = new List<EntityMention>(candidates.Count);
        foreach (Candidate candidate in candidates)
        {
            EntityMention mention = candidate.Mention;
            bool free = true;
            for (int i = mention.Start; i < mention.End && free; i++)
            {
                free = !taken[i];
            }

            if (!free)
            {
                continue;
            }

            for (int i = mention.Start; i < mention.End; i++)
            {
                taken[i] = true;
            }

            selected.Add(mention);
        }

        selected.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return selected;
    }

    private static ImmutableArray<EntityMention> SortedMentions(List<Candidate> candidates)
    {
        var mentions = new EntityMention[candidates.Count];
        for (int i = 0; i < mentions.Length; i++)
        {
            mentions[i] = candidates[i].Mention;
        }

        Array.Sort(mentions, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return ImmutableArray.Create(mentions);
    }

    internal readonly record struct Candidate(EntityMention Mention, int Priority);
}
