using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Statistical;

/// <summary>
/// A greedy averaged-perceptron sequence tagger for PER, ORG and LOC names in BIO tags, in the spirit of the
/// perceptron taggers of spaCy and Catalyst: hashed features of the word, its lower-case form, prefixes and suffixes,
/// shape, neighbours two either side, the previous tags and membership in the lexicons; left-to-right decoding that
/// never puts <c>I-X</c> after anything but <c>B-X</c> or <c>I-X</c>. Weights are averaged over all updates, which makes
/// the model robust; training is deterministic for a seed. Prediction allocates nothing per token and is thread-safe.
/// </summary>
public sealed class PerceptronTagger
{
    /// <summary>The tags, in index order.</summary>
    public static readonly string[] TagNames = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    private const int TagCount = 7;
    private const int MaxFeatures = 32;
    private const int Magic = 0x46584E52; // "FXNR"

    private readonly int _bits;
    private readonly int _mask;
    private readonly float[] _weights;
    private readonly FeatureLexicon _lexicon;

    private PerceptronTagger(int bits, float[] weights, FeatureLexicon lexicon)
    {
        _bits = bits;
        _mask = (1 << bits) - 1;
        _weights = weights;
        _lexicon = lexicon;
    }

    /// <summary>Number of hash bits (the model has 2^bits feature buckets per tag).</summary>
    public int Bits => _bits;

    /// <summary>Trains a tagger.</summary>
    /// <param name="sentences">Tagged sentences.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seed of the shuffling; the same seed gives the same model.</param>
    /// <param name="bits">Hash bits; 18 gives 262,144 buckets.</param>
    /// <param name="lexicon">Lexicon features; <see cref="FeatureLexicon.Default"/> when null.</param>
    public static PerceptronTagger Train(IReadOnlyList<TaggedSentence> sentences, int epochs = 8, int seed = 1, int bits = 18, FeatureLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        lexicon ??= FeatureLexicon.Default;
        int size = (1 << bits) * TagCount;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        var tagger = new PerceptronTagger(bits, weights, lexicon);
        var prepared = new List<(string Text, Token[] Tokens, int[] Gold)>(sentences.Count);
        foreach (TaggedSentence sentence in sentences)
        {
            prepared.Add(Prepare(sentence));
        }

        var order = new int[prepared.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        int clock = 0;
        Span<int> features = stackalloc int[MaxFeatures];
        Span<float> scores = stackalloc float[TagCount];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var (text, tokens, gold) = prepared[index];
                int previous = 0, previous2 = 0;
                for (int i = 0; i < tokens.Length; i++)
                {
                    clock++;
                    int count = tagger.Features(text, tokens, i, previous, previous2, features);
                    int guess = tagger.Best(features[..count], previous, scores);
                    int truth = gold[i];
                    if (guess != truth)
                    {
                        foreach (int feature in features[..count])
                        {
                            Update(feature + truth, 1f);
                            Update(feature + guess, -1f);
                        }
                    }

                    previous2 = previous;
                    previous = guess;
                }
            }
        }

        // Average: every weight becomes its mean over all steps.
        for (int k = 0; k < size; k++)
        {
            double total = totals[k] + ((clock - stamps[k]) * (double)weights[k]);
            weights[k] = (float)(total / clock);
        }

        return tagger;

        void Update(int slot, float delta)
        {
            totals[slot] += (clock - stamps[slot]) * (double)weights[slot];
            stamps[slot] = clock;
            weights[slot] += delta;
        }
    }

    /// <summary>Tags the tokens [<paramref name="first"/>, <paramref name="end"/>) of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The text's tokens.</param>
    /// <param name="first">The first token of the sentence.</param>
    /// <param name="end">One past the last token.</param>
    /// <param name="tags">Receives one tag index per token of the sentence.</param>
    /// <param name="margins">Receives the score margin of each chosen tag over the next best.</param>
    public void Predict(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, Span<int> tags, Span<float> margins)
    {
        Span<int> features = stackalloc int[MaxFeatures];
        Span<float> scores = stackalloc float[TagCount];
        ReadOnlySpan<Token> sentence = tokens[first..end];
        int previous = 0, previous2 = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            int count = Features(text, sentence, i, previous, previous2, features);
            int best = Best(features[..count], previous, scores);
            float second = float.NegativeInfinity;
            for (int t = 0; t < TagCount; t++)
            {
                if (t != best && Allowed(previous, t) && scores[t] > second)
                {
                    second = scores[t];
                }
            }

            tags[i] = best;
            margins[i] = scores[best] - second;
            previous2 = previous;
            previous = best;
        }
    }

    /// <summary>Tags a tokenized sentence given as strings (for evaluation on CoNLL files).</summary>
    /// <param name="words">The tokens.</param>
    public string[] Predict(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var (text, tokens, _) = Prepare(new TaggedSentence([.. words], new string[words.Count]));
        var tags = new int[tokens.Length];
        var margins = new float[tokens.Length];
        Predict(text, tokens, 0, tokens.Length, tags, margins);
        var names = new string[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            names[i] = TagNames[tags[i]];
        }

        return names;
    }

    /// <summary>Writes the model (gzip-compressed, weights as half-precision floats).</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(1);
        writer.Write(_bits);
        writer.Write(TagCount);
        foreach (float weight in _weights)
        {
            writer.Write((Half)weight);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The source.</param>
    /// <param name="lexicon">The lexicon features the model was trained with; <see cref="FeatureLexicon.Default"/> when null.</param>
    /// <exception cref="InvalidDataException">When the stream is not a model.</exception>
    public static PerceptronTagger Load(Stream stream, FeatureLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != 1)
        {
            throw new InvalidDataException("Not a FactExtractor perceptron model.");
        }

        int bits = reader.ReadInt32();
        int tags = reader.ReadInt32();
        if (tags != TagCount || bits is < 10 or > 24)
        {
            throw new InvalidDataException($"Unsupported model shape: {bits} bits, {tags} tags.");
        }

        var weights = new float[(1 << bits) * TagCount];
        for (int k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)reader.ReadHalf();
        }

        return new PerceptronTagger(bits, weights, lexicon ?? FeatureLexicon.Default);
    }

    private static (string Text, Token[] Tokens, int[] Gold) Prepare(TaggedSentence sentence)
    {
        var tokens = new Token[sentence.Tokens.Length];
        var gold = new int[sentence.Tokens.Length];
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            int start = builder.Length;
            builder.Append(sentence.Tokens[i]);
            tokens[i] = new Token(start, builder.Length, TokenKind.Word);
            gold[i] = sentence.Tags[i] is { } tag ? Math.Max(0, Array.IndexOf(TagNames, tag)) : 0;
        }

        return (builder.ToString(), tokens, gold);
    }

    private static bool Allowed(int previous, int tag) => tag is 0 or 1 or 3 or 5 || previous == tag || previous == tag - 1;

    private int Best(ReadOnlySpan<int> features, int previous, Span<float> scores)
    {
        scores.Clear();
        foreach (int feature in features)
        {
            for (int t = 0; t < TagCount; t++)
            {
                scores[t] += _weights[feature + t];
            }
        }

        int best = 0;
        for (int t = 1; t < TagCount; t++)
        {
            if (Allowed(previous, t) && scores[t] > scores[best])
            {
                best = t;
            }
        }

        return best;
    }

    // Feature indices (bucket * TagCount) for token i of a sentence.
    private int Features(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int previous, int previous2, Span<int> features)
    {
        int n = 0;
        ReadOnlySpan<char> word = tokens[i].Slice(text);
        features[n++] = Bucket(Hash(0, default));
        features[n++] = Bucket(Hash(1, word, lower: true));
        features[n++] = Bucket(Hash(2, word));
        features[n++] = Bucket(Hash(3, Suffix(word, 3), lower: true));
        features[n++] = Bucket(Hash(4, Suffix(word, 2), lower: true));
        features[n++] = Bucket(Hash(5, word[..Math.Min(3, word.Length)], lower: true));
        Span<char> shape = stackalloc char[8];
        features[n++] = Bucket(Hash(6, Shape(word, shape)));
        features[n++] = Bucket(Combine(Hash(7, default), previous));
        features[n++] = Bucket(Combine(Combine(Hash(8, default), previous), previous2));
        features[n++] = Bucket(Combine(Hash(9, word, lower: true), previous));
        features[n++] = Bucket(Combine(Hash(10, default), _lexicon.Classify(word)));
        features[n++] = Bucket(Combine(Hash(11, default), i == 0 ? 1 : 0));
        for (int offset = -2; offset <= 2; offset++)
        {
            if (offset == 0)
            {
                continue;
            }

            int j = i + offset;
            ReadOnlySpan<char> neighbour = j < 0 ? "<s>" : j >= tokens.Length ? "</s>" : tokens[j].Slice(text);
            features[n++] = Bucket(Hash(14 + offset, neighbour, lower: true));
            if (offset is -1 or 1)
            {
                features[n++] = Bucket(Hash(20 + offset, j < 0 || j >= tokens.Length ? neighbour : Shape(neighbour, shape)));
                features[n++] = Bucket(Combine(Hash(24 + offset, default), j < 0 || j >= tokens.Length ? 0 : _lexicon.Classify(neighbour)));
            }
        }

        return n;
    }

    private int Bucket(uint hash) => (int)(hash & (uint)_mask) * TagCount;

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int length) => word.Length <= length ? word : word[^length..];

    // "Renault" → "Xx", "ID.3" → "X.d", "e-tron" → "x-x": character classes with runs collapsed.
    private static ReadOnlySpan<char> Shape(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char k = CharClass.IsUpper(c) ? 'X' : CharClass.IsLower(c) ? 'x' : CharClass.IsDigit(c) ? 'd' : c;
            if (k != last && n < buffer.Length)
            {
                buffer[n++] = k;
                last = k;
            }
        }

        return buffer[..n];
    }

    private static uint Hash(int template, ReadOnlySpan<char> value, bool lower = false)
    {
        uint hash = 2166136261u ^ (uint)template;
        hash *= 16777619;
        foreach (char ch in value)
        {
            char c = lower ? (ch < 128 ? (ch is >= 'A' and <= 'Z' ? (char)(ch | 0x20) : ch) : char.ToLowerInvariant(ch)) : ch;
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    private static uint Combine(uint hash, int value) => (hash ^ (uint)(value + 1)) * 16777619;
}
