//! The set of widgets, by custom-element tag.

/// One of the widgets this crate ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetKind {
    Ec2FargateChooser,
    EcsEksMatrix,
}

impl WidgetKind {
    pub const ALL: [WidgetKind; 2] = [WidgetKind::Ec2FargateChooser, WidgetKind::EcsEksMatrix];

    /// The custom element's tag name.
    pub fn tag(self) -> &'static str {
        match self {
            WidgetKind::Ec2FargateChooser => "ec2-fargate-chooser",
            WidgetKind::EcsEksMatrix => "ecs-eks-matrix",
        }
    }

    pub fn from_tag(tag: &str) -> Option<WidgetKind> {
        WidgetKind::ALL.into_iter().find(|kind| kind.tag() == tag)
    }
}
