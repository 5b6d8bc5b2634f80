using System;
using System.Globalization;
using System.IO;
using FactExtractor.Entities;
using FactExtractor.Facts;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace FactExtractor.Serialization;

/// <summary>
/// Writes results in the public JSON contract (see <c>docs/json-contract.md</c> and <c>schemas/extraction-result.schema.json</c>):
/// one object per document with <c>id</c>, <c>published</c>, <c>title</c>, <c>url</c>, <c>error</c>, <c>sentences</c>, <c>entities</c> and
/// <c>facts</c>; camelCase names, enums as strings, nulls kept.
/// </summary>
public static class ExtractionJson
{
    /// <summary>The version of the JSON contract this library writes.</summary>
    public const string ContractVersion = "1.1";

    private static readonly JsonSerializer ValueSerializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Include,
        Converters = { new EntityLabelConverter(), new TextSpanConverter(), new StringEnumConverter(new CamelCaseNamingStrategy()) },
        Culture = CultureInfo.InvariantCulture,
    });

    /// <summary>Serialises one result as a single line of JSON, without a line break.</summary>
    /// <param name="result">The result.</param>
    public static string ToJsonLine(ExtractionResult result)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, CloseOutput = false })
        {
            Write(writer, result);
        }

        return text.ToString();
    }

    /// <summary>Writes one result as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    public static void Write(JsonWriter writer, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(result.Id);
        writer.WritePropertyName("published");
        writer.WriteValue(result.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WritePropertyName("title");
        writer.WriteValue(result.Title);
        writer.WritePropertyName("url");
        writer.WriteValue(result.Url);
        writer.WritePropertyName("error");
        if (result.Error is { } error)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("code");
            writer.WriteValue(error.Code);
            writer.WritePropertyName("message");
            writer.WriteValue(error.Message);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull();
        }

        Document? document = result.Document;
        writer.WritePropertyName("sentences");
        writer.WriteStartArray();
        if (document is not null)
        {
            foreach (Sentence sentence in document.Sentences)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("start");
                writer.WriteValue(sentence.Start);
                writer.WritePropertyName("end");
                writer.WriteValue(sentence.End);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WritePropertyName("entities");
        writer.WriteStartArray();
        if (document is not null)
        {
            foreach (EntityMention mention in document.Entities)
            {
                WriteEntity(writer, document, mention);
            }
        }

        writer.WriteEndArray();
        writer.WritePropertyName("facts");
        writer.WriteStartArray();
        if (document is not null)
        {
            foreach (Fact fact in document.Facts)
            {
                WriteFact(writer, document, fact);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The contract's spelling of a label: <c>ORG</c>, <c>PERSON</c>, <c>LOC</c>, <c>FACILITY</c>, <c>PRODUCT</c>, <c>MONEY</c>, <c>DATE</c>, <c>PERCENT</c>, <c>QUANTITY</c>, <c>CARDINAL</c>, <c>ORDINAL</c>.</summary>
    /// <param name="label">The label.</param>
    public static string LabelName(EntityLabel label) => EntityLabels.ToName(label);

    /// <summary>The contract's spelling of a mention's source: <c>pattern</c>, <c>lexicon</c> or <c>model</c>.</summary>
    /// <param name="source">The source.</param>
    public static string SourceName(EntitySource source) => source switch
    {
        EntitySource.Pattern => "pattern",
        EntitySource.Lexicon => "lexicon",
        _ => "model",
    };

    /// <summary>
    /// Writes one entity mention as the contract's entity object (<c>text</c>, <c>label</c>, <c>start</c>, <c>end</c>,
    /// <c>name</c>, <c>value</c>, <c>confidence</c>, <c>source</c>), exactly as it appears in a result's <c>entities</c>;
    /// for stores that keep entities one by one without serialising the whole result.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document the mention points into.</param>
    /// <param name="mention">The mention.</param>
    public static void WriteEntity(JsonWriter writer, Document document, EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mention);
        writer.WriteStartObject();
        writer.WritePropertyName("text");
        writer.WriteValue(document.Slice(mention.Span).ToString());
        writer.WritePropertyName("label");
        writer.WriteValue(LabelName(mention.Label));
        writer.WritePropertyName("start");
        writer.WriteValue(mention.Start);
        writer.WritePropertyName("end");
        writer.WriteValue(mention.End);
        writer.WritePropertyName("name");
        writer.WriteValue(mention.Name);
        writer.WritePropertyName("value");
        WriteEntityValue(writer, mention.Value);
        writer.WritePropertyName("confidence");
        writer.WriteValue(Math.Round(mention.Confidence, 4));
        writer.WritePropertyName("source");
        writer.WriteValue(SourceName(mention.Source));
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes an entity's normalised value as the contract's <c>value</c> object (MONEY <c>{"amount", "currency", "low",
    /// "high"}</c>, DATE <c>{"iso"}</c>, …), or null when there is none.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value, or null.</param>
    public static void WriteEntityValue(JsonWriter writer, EntityValue? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            ValueSerializer.Serialize(writer, value);
        }
    }

    /// <summary>
    /// Writes one fact as the contract's fact object (<c>type</c>, the type's own fields, <c>evidence</c>,
    /// <c>confidence</c>, <c>rule</c>), exactly as it appears in a result's <c>facts</c>; for stores that keep facts one
    /// by one without serialising the whole result.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document the fact's evidence points into.</param>
    /// <param name="fact">The fact.</param>
    public static void WriteFact(JsonWriter writer, Document document, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fact);
        writer.WriteStartObject();
        writer.WritePropertyName("type");
        writer.WriteValue(fact.Type);

        // The fact type's own fields, in declaration order, by the contract's naming rules.
        JObject fields = JObject.FromObject(fact, ValueSerializer);
        foreach (JProperty property in fields.Properties())
        {
            if (property.Name is "type" or "evidence" or "confidence" or "rule" or "equalityContract")
            {
                continue;
            }

            property.WriteTo(writer);
        }

        writer.WritePropertyName("evidence");
        writer.WriteStartObject();
        writer.WritePropertyName("start");
        writer.WriteValue(fact.Evidence.Start);
        writer.WritePropertyName("end");
        writer.WriteValue(fact.Evidence.End);
        writer.WritePropertyName("text");
        writer.WriteValue(document.Slice(fact.Evidence).ToString());
        writer.WriteEndObject();
        writer.WritePropertyName("confidence");
        writer.WriteValue(Math.Round(fact.Confidence, 4));
        writer.WritePropertyName("rule");
        writer.WriteValue(fact.Rule);
        writer.WriteEndObject();
    }

    /// <summary>Writes labels, nullable or not, by their contract names (<c>ORG</c>, <c>PERSON</c>, …).</summary>
    private sealed class EntityLabelConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(EntityLabel) || objectType == typeof(EntityLabel?);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is EntityLabel label)
            {
                writer.WriteValue(LabelName(label));
            }
            else
            {
                writer.WriteNull();
            }
        }

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }

            return EntityLabels.TryParse((string?)reader.Value ?? string.Empty, out EntityLabel label) ? label : throw new JsonSerializationException($"Unknown label '{reader.Value}'.");
        }
    }

    /// <summary>Writes a range as <c>{"start", "end"}</c>.</summary>
    private sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override void WriteJson(JsonWriter writer, TextSpan value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("start");
            writer.WriteValue(value.Start);
            writer.WritePropertyName("end");
            writer.WriteValue(value.End);
            writer.WriteEndObject();
        }

        public override TextSpan ReadJson(JsonReader reader, Type objectType, TextSpan existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            JObject json = JObject.Load(reader);
            return new TextSpan((int)json["start"]!, (int)json["end"]!);
        }
    }
}
