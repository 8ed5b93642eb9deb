//! The models this device knows: the built-in versions and any a
//! consultant brought along. An assessment names its model by id and
//! version; this finds it.

use std::ops::Deref;
use std::rc::Rc;

use crate::core::domain::model::Model;

/// A model, built in or brought along. Compared by identity: two handles
/// are equal when they are the same model.
#[derive(Clone, Debug)]
pub enum ModelRef {
    Builtin(&'static Model),
    Own(Rc<Model>),
}

impl Deref for ModelRef {
    type Target = Model;

    fn deref(&self) -> &Model {
        match self {
            ModelRef::Builtin(model) => model,
            ModelRef::Own(model) => model,
        }
    }
}

impl PartialEq for ModelRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq::<Model>(&**self, &**other)
    }
}

/// The built-in models and the device's own.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub own: Vec<Rc<Model>>,
}

impl Catalog {
    /// The model new assessments use unless the user picks another.
    pub fn current() -> ModelRef {
        ModelRef::Builtin(Model::builtin())
    }

    /// The model `id` in `version`: built in first, then the device's own.
    pub fn find(&self, id: &str, version: u32) -> Option<ModelRef> {
        Model::builtin_version(id, version)
            .map(ModelRef::Builtin)
            .or_else(|| {
                self.own
                    .iter()
                    .find(|m| m.id == id && m.model_version == version)
                    .cloned()
                    .map(ModelRef::Own)
            })
    }

    /// The newest version of model `id` on this device (a follow-up uses it,
    /// and is compared with its baseline through the model's mapping).
    pub fn latest(&self, id: &str) -> Option<ModelRef> {
        Model::builtins()
            .into_iter()
            .filter(|m| m.id == id)
            .map(ModelRef::Builtin)
            .chain(
                self.own
                    .iter()
                    .filter(|m| m.id == id)
                    .cloned()
                    .map(ModelRef::Own),
            )
            .max_by_key(|m| m.model_version)
    }

    /// The models a new assessment can use: the current built-in one, then
    /// the device's own.
    pub fn choices(&self) -> Vec<ModelRef> {
        std::iter::once(Self::current())
            .chain(self.own.iter().cloned().map(ModelRef::Own))
            .collect()
    }

    /// Adds or replaces (same id and version) one of the device's own models.
    pub fn add(&mut self, model: Model) {
        self.own
            .retain(|m| !(m.id == model.id && m.model_version == model.model_version));
        self.own.push(Rc::new(model));
    }

    pub fn remove(&mut self, id: &str, version: u32) {
        self.own
            .retain(|m| !(m.id == id && m.model_version == version));
    }
}
