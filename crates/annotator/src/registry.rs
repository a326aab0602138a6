//! The taggers, one line per layer, and the configuration that builds them.
//!
//! [`build`] maps a [`Layer`] to its [`Tagger`]; the `match` is exhaustive, so a
//! layer added to `reader::layer` without a tagger here does not compile.
//! [`PipelineConfig`] holds one options struct per layer, each the tagger's own
//! [`Tagger::Options`].

use reader::Layer;

use crate::casualties::{CasualtyOptions, CasualtyTagger};
use crate::dates::{DateOptions, DateTagger};
use crate::entities::{EntityOptions, EntityTagger};
use crate::{Annotator, BuildError, Tagger};

/// What to build: the layers to run and each layer's options.
#[derive(Debug, Clone, Default)]
pub struct PipelineConfig {
    /// The layers to run, in order.
    pub layers: Vec<Layer>,
    /// Options of the entity tagger.
    pub entities: EntityOptions,
    /// Options of the date tagger.
    pub dates: DateOptions,
    /// Options of the casualty tagger.
    pub casualties: CasualtyOptions,
    /// Models of layers the user named (`tageval train --layer weapons`): each runs
    /// as a layer of its own beside `layers`, without the bundled lexicon unless its
    /// labels are the lexicon's (see `docs/ARCHITECTURE.md`, "Layers users name").
    pub custom: Vec<EntityOptions>,
}

impl PipelineConfig {
    /// The default configuration for `layers`.
    pub fn with_layers(layers: &[Layer]) -> Self {
        PipelineConfig { layers: layers.to_vec(), ..Default::default() }
    }
}

/// Builds the tagger of `layer` from its options in `config`.
pub fn build(layer: Layer, config: &PipelineConfig) -> Result<Box<dyn Annotator>, BuildError> {
    match layer {
        Layer::Entities => boxed::<EntityTagger>(&config.entities),
        Layer::Dates => boxed::<DateTagger>(&config.dates),
        Layer::Casualties => boxed::<CasualtyTagger>(&config.casualties),
    }
}

fn boxed<T: Tagger + 'static>(options: &T::Options) -> Result<Box<dyn Annotator>, BuildError> {
    let tagger = T::build(options)?;
    debug_assert_eq!(tagger.layer(), T::LAYER, "a tagger's `layer()` must be its `LAYER`");
    Ok(Box::new(tagger))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layer_has_a_tagger_of_that_layer() {
        let config = PipelineConfig::with_layers(&Layer::ALL);
        for layer in Layer::ALL {
            let tagger = build(layer, &config).expect("the default options build");
            assert_eq!(tagger.layer(), layer);
        }
    }
}
