//! A starter configuration as Markdown in one language, for the chooser's Markdown export: each
//! file in a fenced code block tagged with its format, the checklist as a numbered list with
//! each step's commands in a `sh` block, and the sources with their dates.

use super::eksctl::SOURCE;
use super::{Format, StarterConfig};
use crate::catalog::{self, Status};
use crate::i18n::{Lang, Text};

const STEPS: Text = Text::new("시작하기", "Getting started");
const CHECKED: Text = Text::new("확인", "checked");
/// What a source that is not an AWS page confirming the statement is, in words.
const NOT_VERIFIED: Text = Text::new("AWS 페이지로 확인되지 않음", "not confirmed by an AWS page");

fn bold(out: &mut String, text: &str) {
    out.push_str("**");
    out.push_str(text);
    out.push_str("**\n\n");
}

/// `config` as Markdown in `lang`.
pub fn markdown(config: &StarterConfig, lang: Lang) -> String {
    let mut out = String::new();
    for file in &config.files {
        bold(&mut out, file.name);
        out.push_str(match file.format {
            Format::Yaml => "```yaml\n",
            Format::Json => "```json\n",
        });
        out.push_str(file.text.get(lang));
        out.push_str("```\n\n");
    }
    bold(&mut out, STEPS.get(lang));
    for (index, step) in config.steps.iter().enumerate() {
        out.push_str(&index.saturating_add(1).to_string());
        out.push_str(". ");
        out.push_str(step.text.get(lang));
        out.push('\n');
        if !step.commands.is_empty() {
            out.push_str("\n   ```sh\n");
            for command in &step.commands {
                out.push_str("   ");
                out.push_str(command);
                out.push('\n');
            }
            out.push_str("   ```\n");
        }
    }
    out.push('\n');
    bold(&mut out, SOURCE.get(lang));
    for cited in config.fact_ids.iter().filter_map(|id| catalog::fact(id)) {
        out.push_str("- <");
        out.push_str(cited.source);
        out.push_str("> (");
        out.push_str(CHECKED.get(lang));
        out.push(' ');
        out.push_str(cited.verified_on);
        if cited.status != Status::Verified {
            out.push_str(", ");
            out.push_str(NOT_VERIFIED.get(lang));
        }
        out.push_str(")\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::{Orchestrator, WorkloadProfile};
    use crate::cost::PriceSettings;
    use crate::starter::starter_config;

    #[test]
    fn files_go_in_tagged_blocks_and_commands_in_sh_blocks() {
        let profile = WorkloadProfile::new(Orchestrator::Ecs);
        let config = starter_config(&profile, &PriceSettings::default()).unwrap();
        let text = markdown(&config, Lang::En);
        assert!(
            text.starts_with("**cluster.json**\n\n```json\n{\n  \"clusterName\": \"my-cluster\",")
        );
        assert!(text.contains("**task-definition.json**\n\n```json\n{\n"));
        assert!(text.contains(
            "**Getting started**\n\n1. Tools: install the AWS CLI; give it your credentials \
             and the Region.\n\n   ```sh\n   aws configure\n   \
             aws configure set region us-east-1\n   ```\n2. Network:"
        ));
        assert!(text.contains(
            "- <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html> (checked 2026-12-01)\n"
        ));
        // Every fence closes: an even count of them.
        assert_eq!(text.matches("```").count() % 2, 0);
        let korean = markdown(&config, Lang::Ko);
        assert!(korean.contains("**시작하기**\n\n1. 도구:"));
        assert!(korean.contains("(확인 2026-12-01)"));
    }

    #[test]
    fn an_eks_file_is_tagged_yaml() {
        let profile = WorkloadProfile::new(Orchestrator::Eks);
        let config = starter_config(&profile, &PriceSettings::default()).unwrap();
        let text = markdown(&config, Lang::En);
        assert!(
            text.starts_with("**cluster.yaml**\n\n```yaml\n# A starter for the recommended plan")
        );
        assert!(text.contains("   eksctl create cluster -f cluster.yaml\n"));
    }
}
