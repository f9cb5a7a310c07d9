#include "ispgen/load.hpp"
#include "ispgen/model/yaml_objects.hpp"

namespace ispgen::load {

// The key tables come from the model's description (ispgen/model/description.hpp).
const std::vector<ObjectSchema>& object_schemas() {
  static const std::vector<ObjectSchema> schemas = [] {
    std::vector<ObjectSchema> out;
    for (const model::ObjectInfo& object : model::yaml_objects()) {
      ObjectSchema schema{object.name, {}};
      for (const model::KeyInfo& key : object.keys) schema.keys.push_back({key.key, key.required});
      out.push_back(std::move(schema));
    }
    return out;
  }();
  return schemas;
}

}  // namespace ispgen::load
