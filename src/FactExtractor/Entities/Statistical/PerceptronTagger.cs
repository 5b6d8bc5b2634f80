using System;
using System.Buffers;
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

    // Version 2: word-pair, capitals-sentence and legal-form features; version 1 models are refused.
    private const int FormatVersion = 2;

    // Words of legal forms and corporate bodies that end organisation names.
    private static readonly SpanLookup CorporateDesignators = new(
        ["Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "LLP", "LP", "L.P.", "PLC",
         "AG", "GmbH", "SA", "SAS", "SpA", "S.p.A.", "NV", "BV", "KG", "AB", "Oy", "ASA", "Group", "Holdings", "Holding", "Bank", "Partners", "Trust"],
        ignoreCase: true);

    private readonly int _bits;
    private readonly int _mask;
    private readonly float[] _weights;
    private readonly FeatureLexicon _lexicon;
    private readonly SpanLookup _commonWords;
    private readonly int[] _previousBucket;

    // The weights of the previous-tag feature per (previous tag, tag), gathered into one small table the decoder reads
    // from cache.
    private readonly float[] _transitions = new float[TagCount * TagCount];

    private PerceptronTagger(int bits, float[] weights, FeatureLexicon lexicon, IEnumerable<string> commonWords)
    {
        _commonWords = new SpanLookup(commonWords, ignoreCase: true);
        _bits = bits;
        _mask = (1 << bits) - 1;
        _weights = weights;
        _lexicon = lexicon;
        _previousBucket = new int[TagCount];
        for (int p = 0; p < TagCount; p++)
        {
            _previousBucket[p] = Bucket(Combine(Hash(7, default), p));
        }

        RefreshTransitions();
    }

    /// <summary>
    /// Whether a word is common in lower case in the training text (seen at least twice in lower case inside sentences,
    /// and at least twice as often so as capitalised after a lower-case word): "Normal", "Shareholders" and "We" opening a
    /// sentence are such words, not names. Case is ignored.
    /// </summary>
    /// <param name="word">The word.</param>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _commonWords.Contains(word);

    /// <summary>Number of hash bits (the model has 2^bits feature buckets per tag).</summary>
    public int Bits => _bits;

    /// <summary>Trains a tagger.</summary>
    /// <param name="sentences">Tagged sentences.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seed of the shuffling; the same seed gives the same model.</param>
    /// <param name="bits">Hash bits; 16 gives 65,536 buckets (1.8 MB of weights, which stay in the processor caches).</param>
    /// <param name="lexicon">Lexicon features; <see cref="FeatureLexicon.Default"/> when null.</param>
    public static PerceptronTagger Train(IReadOnlyList<TaggedSentence> sentences, int epochs = 8, int seed = 1, int bits = 16, FeatureLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        lexicon ??= FeatureLexicon.Default;
        int size = (1 << bits) * TagCount;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        var tagger = new PerceptronTagger(bits, weights, lexicon, CommonWords(sentences));
        var prepared = new List<(string Text, Token[] Tokens, int[] Gold)>(sentences.Count);
        int longest = 1;
        foreach (TaggedSentence sentence in sentences)
        {
            prepared.Add(Prepare(sentence));
            longest = Math.Max(longest, sentence.Tokens.Length);
        }

        var order = new int[prepared.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        int clock = 0;
        var features = new int[longest * MaxFeatures];
        var counts = new int[longest];
        var guess = new int[longest];
        var work = new Lattice(longest);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var (text, tokens, gold) = prepared[index];
                clock++;
                bool shouting = Shouting(text, tokens);
                for (int i = 0; i < tokens.Length; i++)
                {
                    counts[i] = tagger.StaticFeatures(text, tokens, i, shouting, features.AsSpan(i * MaxFeatures, MaxFeatures));
                }

                tagger.RefreshTransitions();
                tagger.Decode(text, tokens, features, counts, work, guess);

                // The structured perceptron update: the gold sequence's features up, the guessed sequence's down, at
                // every token whose tag or history differs.
                for (int i = 0; i < tokens.Length; i++)
                {
                    int truth = gold[i], guessed = guess[i];
                    int truth1 = i > 0 ? gold[i - 1] : 0, guess1 = i > 0 ? guess[i - 1] : 0;
                    if (truth == guessed && truth1 == guess1)
                    {
                        continue;
                    }

                    if (truth != guessed)
                    {
                        foreach (int feature in features.AsSpan(i * MaxFeatures, counts[i]))
                        {
                            Update(feature + truth, 1f);
                            Update(feature + guessed, -1f);
                        }
                    }

                    uint wordHash = Hash(9, tokens[i].Slice(text), lower: true);
                    Update(tagger._previousBucket[truth1] + truth, 1f);
                    Update(tagger.Bucket(Combine(wordHash, truth1)) + truth, 1f);
                    Update(tagger._previousBucket[guess1] + guessed, -1f);
                    Update(tagger.Bucket(Combine(wordHash, guess1)) + guessed, -1f);
                }
            }
        }

        // Average: every weight becomes its mean over all steps.
        for (int k = 0; k < size; k++)
        {
            double total = totals[k] + ((clock - stamps[k]) * (double)weights[k]);
            weights[k] = (float)(total / clock);
        }

        tagger.RefreshTransitions();
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
    /// <param name="margins">Receives, per token, the score margin of the chosen tag over the next best given the chosen tags before it.</param>
    public void Predict(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, Span<int> tags, Span<float> margins) =>
        Predict(text, tokens, first, end, first, end, tags, margins);

    /// <summary>
    /// Tags the tokens [<paramref name="windowFirst"/>, <paramref name="windowEnd"/>) of the sentence [<paramref name="first"/>,
    /// <paramref name="end"/>): features see the whole sentence, decoding starts at the window as at a sentence start.
    /// Tagging only the stretches around unknown words costs a fraction of tagging whole sentences.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The text's tokens.</param>
    /// <param name="first">The first token of the sentence.</param>
    /// <param name="end">One past the last token of the sentence.</param>
    /// <param name="windowFirst">The first token to tag, in the sentence.</param>
    /// <param name="windowEnd">One past the last token to tag, in the sentence.</param>
    /// <param name="tags">Receives one tag index per token of the window.</param>
    /// <param name="margins">Receives, per token of the window, the score margin of the chosen tag over the next best given the chosen tags before it.</param>
    public void Predict(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, int windowFirst, int windowEnd, Span<int> tags, Span<float> margins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowFirst, first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(windowEnd, end);
        ReadOnlySpan<Token> sentence = tokens[first..end];
        int offset = windowFirst - first, n = windowEnd - windowFirst;
        if (n <= 0)
        {
            return;
        }

        ReadOnlySpan<Token> window = sentence.Slice(offset, n);
        int[] features = ArrayPool<int>.Shared.Rent(n * MaxFeatures);
        int[] counts = ArrayPool<int>.Shared.Rent(n);
        int[] best = ArrayPool<int>.Shared.Rent(n);
        Lattice work = Lattice.Rent(n);
        try
        {
            bool shouting = Shouting(text, sentence);
            for (int i = 0; i < n; i++)
            {
                counts[i] = StaticFeatures(text, sentence, offset + i, shouting, features.AsSpan(i * MaxFeatures, MaxFeatures));
            }

            Decode(text, window, features, counts, work, best);
            Span<float> local = stackalloc float[TagCount];
            for (int i = 0; i < n; i++)
            {
                int previous = i > 0 ? best[i - 1] : 0;
                LocalScores(text, window, i, work.Static.AsSpan(i * TagCount, TagCount), previous, local);
                float second = float.NegativeInfinity;
                for (int t = 0; t < TagCount; t++)
                {
                    if (t != best[i] && Allowed(previous, t) && local[t] > second)
                    {
                        second = local[t];
                    }
                }

                tags[i] = best[i];
                margins[i] = local[best[i]] - second;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(features);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(best);
            Lattice.Return(work);
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
        writer.Write(FormatVersion);
        writer.Write(_bits);
        writer.Write(TagCount);
        foreach (float weight in _weights)
        {
            writer.Write((Half)weight);
        }

        var words = new List<string>(_commonWords.Entries);
        words.Sort(StringComparer.Ordinal);
        writer.Write(words.Count);
        foreach (string word in words)
        {
            writer.Write(word);
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
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"Not a FactExtractor perceptron model of format {FormatVersion}.");
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

        int count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException($"Unsupported model: {count} common words.");
        }

        var words = new string[count];
        for (int k = 0; k < count; k++)
        {
            words[k] = reader.ReadString();
        }

        return new PerceptronTagger(bits, weights, lexicon ?? FeatureLexicon.Default, words);
    }

    // Words seen in lower case inside sentences at least twice, and at least twice as often as capitalised after a
    // lower-case word.
    private static List<string> CommonWords(IReadOnlyList<TaggedSentence> sentences)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TaggedSentence sentence in sentences)
        {
            for (int i = 1; i < sentence.Tokens.Length; i++)
            {
                string word = sentence.Tokens[i], before = sentence.Tokens[i - 1];
                if (word.Length < 2 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                // Capitals count only after a lower-case word, where nothing but a name explains them (not after a
                // quotation mark or a colon, which may open a sentence).
                string key = word.ToLowerInvariant();
                if (key == word)
                {
                    lower[key] = lower.GetValueOrDefault(key) + 1;
                }
                else if (char.IsLower(before[0]))
                {
                    capitalised[key] = capitalised.GetValueOrDefault(key) + 1;
                }
            }
        }

        var common = new List<string>();
        foreach (var (word, count) in lower)
        {
            if (count >= 2 && count >= 2 * capitalised.GetValueOrDefault(word))
            {
                common.Add(word);
            }
        }

        common.Sort(StringComparer.Ordinal);
        return common;
    }

    /// <summary>
    /// The hashed ids (in [0, 2^<see cref="Bits"/>)) of the tag-independent features of each token of a sentence, the
    /// ones this tagger itself scores; for comparing other learners on exactly the same features. Row i holds token i's.
    /// </summary>
    internal int[][] FeatureIds(TaggedSentence sentence)
    {
        var (text, tokens, _) = Prepare(sentence);
        bool shouting = Shouting(text, tokens);
        var rows = new int[tokens.Length][];
        Span<int> features = stackalloc int[MaxFeatures];
        for (int i = 0; i < tokens.Length; i++)
        {
            int n = StaticFeatures(text, tokens, i, shouting, features);
            var ids = new int[n];
            for (int k = 0; k < n; k++)
            {
                ids[k] = features[k] / TagCount;
            }

            rows[i] = ids;
        }

        return rows;
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

    // Gathers the transition table from the weights; called whenever the weights change.
    private void RefreshTransitions()
    {
        for (int a = 0; a < TagCount; a++)
        {
            for (int c = 0; c < TagCount; c++)
            {
                _transitions[(a * TagCount) + c] = Allowed(a, c) ? _weights[_previousBucket[a] + c] : float.NegativeInfinity;
            }
        }
    }

    // Viterbi over the tags: the best well-formed sequence under the model (an I- tag only after B- or I- of its type,
    // which the transition table encodes as minus infinity). The tag-independent part of every token's scores is
    // computed once; the history features (previous tag, word with previous tag) are added per transition.
    private void Decode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> features, ReadOnlySpan<int> counts, Lattice work, Span<int> tags)
    {
        int n = tokens.Length;
        float[] statics = work.Static;
        for (int i = 0; i < n; i++)
        {
            Span<float> scores = statics.AsSpan(i * TagCount, TagCount);
            scores.Clear();
            foreach (int feature in features.Slice(i * MaxFeatures, counts[i]))
            {
                for (int t = 0; t < TagCount; t++)
                {
                    scores[t] += _weights[feature + t];
                }
            }
        }

        Span<float> current = stackalloc float[TagCount];
        Span<float> next = stackalloc float[TagCount];
        Span<float> wordTable = stackalloc float[TagCount * TagCount];
        ReadOnlySpan<float> transitions = _transitions;
        byte[] back = work.Back;
        for (int i = 0; i < n; i++)
        {
            uint wordHash = Hash(9, tokens[i].Slice(text), lower: true);
            ReadOnlySpan<float> scores = statics.AsSpan(i * TagCount, TagCount);
            next.Fill(float.NegativeInfinity);
            int sources = i == 0 ? 1 : TagCount; // before the sentence the previous tag is O
            for (int a = 0; a < sources; a++)
            {
                float score = i == 0 ? 0 : current[a];
                if (float.IsNegativeInfinity(score))
                {
                    continue;
                }

                Span<float> wordScores = wordTable.Slice(a * TagCount, TagCount);
                _weights.AsSpan(Bucket(Combine(wordHash, a)), TagCount).CopyTo(wordScores);
                ReadOnlySpan<float> transition = transitions.Slice(a * TagCount, TagCount);
                for (int c = 0; c < TagCount; c++)
                {
                    float value = score + scores[c] + transition[c] + wordScores[c];
                    if (value > next[c])
                    {
                        next[c] = value;
                        back[(i * TagCount) + c] = (byte)a;
                    }
                }
            }

            next.CopyTo(current);
        }

        int tag = 0;
        for (int t = 1; t < TagCount; t++)
        {
            if (current[t] > current[tag])
            {
                tag = t;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = tag;
            tag = back[(i * TagCount) + tag];
        }
    }

    // The scores of every tag for token i given the two tags before it.
    private void LocalScores(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<float> statics, int previous, Span<float> scores)
    {
        int wordBucket = Bucket(Combine(Hash(9, tokens[i].Slice(text), lower: true), previous));
        for (int t = 0; t < TagCount; t++)
        {
            scores[t] = statics[t] + _transitions[(previous * TagCount) + t] + _weights[wordBucket + t];
        }
    }

    // Work space of the decoder: the static scores and the back pointers (tokens x tags).
    private sealed class Lattice
    {
        [ThreadStatic]
        private static Lattice? cached;

        public Lattice(int tokens)
        {
            Static = new float[tokens * TagCount];
            Back = new byte[tokens * TagCount];
        }

        public float[] Static { get; }

        public byte[] Back { get; }

        public static Lattice Rent(int tokens)
        {
            Lattice? lattice = cached;
            cached = null;
            return lattice is not null && lattice.Static.Length >= tokens * TagCount ? lattice : new Lattice(Math.Max(tokens, 64));
        }

        public static void Return(Lattice lattice)
        {
            if (lattice.Static.Length <= 4096 * TagCount)
            {
                cached = lattice;
            }
        }
    }

    // Indices (bucket * TagCount) of the features of token i that do not depend on the tags before it; those that do
    // (the previous tag, the previous two, the word with the previous tag) are added by the decoder.
    private int StaticFeatures(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool shouting, Span<int> features)
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

        // The word pair before, the shape in an all-capitals sentence (headings, parties of a contract) and the
        // distance to a legal-form word ahead ("Thinkplus Investments Limited", "Evergreen Solar, Inc").
        features[n++] = Bucket(Hash(30, word, lower: true) ^ Hash(31, i > 0 ? tokens[i - 1].Slice(text) : "<s>", lower: true));
        features[n++] = Bucket(Combine(Hash(32, Shape(word, shape)), shouting ? 1 : 0));
        int designator = CorporateDesignators.Contains(word) ? 0 : 9;
        for (int k = 1; k <= 4 && designator == 9 && i + k < tokens.Length; k++)
        {
            if (CorporateDesignators.Contains(tokens[i + k].Slice(text)))
            {
                designator = k;
            }
        }

        features[n++] = Bucket(Combine(Hash(33, default), designator));
        features[n++] = Bucket(Hash(34, Suffix(word, 4), lower: true));
        features[n++] = Bucket(Hash(35, i + 1 < tokens.Length ? tokens[i + 1].Slice(text) : "</s>", lower: true) ^ Hash(36, Shape(word, shape)));
        features[n++] = Bucket(Hash(37, i > 0 ? tokens[i - 1].Slice(text) : "<s>", lower: true) ^ Hash(38, Shape(word, shape)));
        return n;
    }

    // True when the sentence is written in capitals: at least six letters, four in five of them upper case.
    private static bool Shouting(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        if (sentence.IsEmpty)
        {
            return false;
        }

        int upper = 0, letters = 0;
        foreach (char c in text[sentence[0].Start..sentence[^1].End])
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 6 && upper * 5 >= letters * 4;
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
