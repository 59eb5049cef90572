//! Precision and recall of statements (speaker + stance) and of proposition
//! grouping (pairwise) against the hand-annotated seeds in
//! `fixtures/gold/statements.json`. The entity stage is replaced by the gold
//! mentions (`fixtures/gold/entities.json`) so this measures the statement
//! stage alone.

use crossread_core::corpus::{Document, Entity, EntityType, Mention};
use crossread_core::statement::annotate;
use serde_json::Value;
use std::collections::BTreeSet;

fn load() -> (Document, Value) {
    let root = env!("CARGO_MANIFEST_DIR");
    let corpus = std::fs::read_to_string(format!("{root}/../../corpus/corpus.json")).unwrap();
    let mut doc = Document::from_json(&corpus).unwrap();
    let ents: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/tests/fixtures/gold/entities.json")).unwrap(),
    )
    .unwrap();
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/tests/fixtures/gold/statements.json")).unwrap(),
    )
    .unwrap();
    doc.entities.clear();
    for a in &mut doc.articles {
        a.mentions.clear();
        for m in ents[&a.id].as_array().into_iter().flatten() {
            let kind = EntityType::from_word(m["type"].as_str().unwrap_or_default()).unwrap();
            let id = m["entity"].as_str().unwrap().to_string();
            let text = m["text"].as_str().unwrap().to_string();
            a.mentions.push(Mention {
                entity: id.clone(),
                kind,
                start: m["start"].as_u64().unwrap() as usize,
                end: m["end"].as_u64().unwrap() as usize,
                text: text.clone(),
            });
            match doc.entities.iter_mut().find(|e| e.id == id) {
                Some(e) => {
                    if !e.aliases.contains(&text) {
                        e.aliases.push(text);
                    }
                }
                None => doc.entities.push(Entity {
                    id,
                    name: text.clone(),
                    kind,
                    aliases: vec![text],
                }),
            }
        }
        a.mentions.sort_by_key(|m| m.start);
    }
    doc.entities.sort_by(|a, b| a.id.cmp(&b.id));
    (doc, gold)
}

#[test]
fn statement_and_proposition_quality() {
    let (mut doc, gold) = load();
    annotate(&mut doc);
    doc.validate().unwrap();
    // Gold: (article, start, speakers accepted, stance, prop key)
    let mut golds = Vec::new();
    for (art, list) in gold.as_object().unwrap() {
        for g in list.as_array().unwrap() {
            let mut sp: BTreeSet<String> = BTreeSet::new();
            sp.insert(g["speaker"].as_str().unwrap().into());
            for a in g["speaker_alt"].as_array().into_iter().flatten() {
                sp.insert(a.as_str().unwrap().into());
            }
            golds.push((
                art.clone(),
                g["start"].as_u64().unwrap() as usize,
                g["end"].as_u64().unwrap() as usize,
                sp,
                g["stance"].as_str().unwrap().to_string(),
                g["proposition"].as_str().unwrap().to_string(),
            ));
        }
    }
    let stance = |s: &crossread_core::corpus::Statement| s.stance.word().to_string();
    // Greedy one-to-one matching on sentence overlap + speaker.
    let mut used = vec![false; golds.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new(); // (pred, gold)
    let (mut sp_ok, mut full_ok) = (0usize, 0usize);
    for (pi, s) in doc.statements.iter().enumerate() {
        let cand = golds
            .iter()
            .enumerate()
            .filter(|(gi, g)| !used[*gi] && g.0 == s.article && s.start < g.2 && g.1 < s.end);
        let best = cand.max_by_key(|(gi, g)| {
            (
                s.speaker.as_ref().is_some_and(|x| g.3.contains(x)),
                stance(s) == g.4,
                std::cmp::Reverse(*gi),
            )
        });
        if let Some((gi, g)) = best {
            if s.speaker.as_ref().is_some_and(|x| g.3.contains(x)) {
                used[gi] = true;
                sp_ok += 1;
                pairs.push((pi, gi));
                if stance(s) == g.4 {
                    full_ok += 1;
                }
            }
        }
    }
    let p = full_ok as f64 / doc.statements.len().max(1) as f64;
    let r = full_ok as f64 / golds.len().max(1) as f64;
    let p_sp = sp_ok as f64 / doc.statements.len().max(1) as f64;
    let r_sp = sp_ok as f64 / golds.len().max(1) as f64;
    // Pairwise proposition grouping over matched statements.
    let (mut tp, mut fp, mut fne) = (0, 0, 0);
    for i in 0..pairs.len() {
        for j in i + 1..pairs.len() {
            let same_pred =
                doc.statements[pairs[i].0].proposition == doc.statements[pairs[j].0].proposition;
            let same_gold = golds[pairs[i].1].5 == golds[pairs[j].1].5;
            match (same_pred, same_gold) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fne += 1,
                _ => {}
            }
        }
    }
    let gp = tp as f64 / (tp + fp).max(1) as f64;
    let gr = tp as f64 / (tp + fne).max(1) as f64;
    println!(
        "statements: predicted {}, gold {}",
        doc.statements.len(),
        golds.len()
    );
    println!("speaker only:      P {p_sp:.3}  R {r_sp:.3}");
    println!("speaker + stance:  P {p:.3}  R {r:.3}");
    println!("proposition pairs: P {gp:.3}  R {gr:.3}  (tp {tp}, fp {fp}, fn {fne})");
    for (k, s) in doc.statements.iter().enumerate() {
        let g = pairs
            .iter()
            .find(|(pi, _)| *pi == k)
            .map_or("-", |(_, gi)| golds[*gi].5.as_str());
        println!(
            "{} {g} {} {:?} {:?} {:?} | {}",
            s.id,
            s.proposition.as_deref().unwrap_or("-"),
            s.speaker,
            s.stance,
            s.said_on,
            s.sentence.chars().take(70).collect::<String>()
        );
    }
    for pr in &doc.propositions {
        let gold_of: Vec<&str> = pairs
            .iter()
            .filter(|(pi, _)| doc.statements[*pi].proposition.as_deref() == Some(&pr.id))
            .map(|(_, gi)| golds[*gi].5.as_str())
            .collect();
        println!("{} {:?} {}", pr.id, gold_of, pr.label);
    }
    for d in crossread_core::variant::discrepancies(&doc) {
        println!("discrepancy {:?}: {} {:?}", d.kind, d.detail, d.statements);
    }
    assert!(p >= 0.82 && r >= 0.83, "speaker+stance below floor");
    assert!(p_sp >= 0.92 && r_sp >= 0.93, "speaker below floor");
    assert!(gp >= 0.97 && gr >= 0.66, "grouping below floor");
}
