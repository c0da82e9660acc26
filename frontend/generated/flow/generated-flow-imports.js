import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/notification/src/vaadin-notification.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'f447cd6a9f2380e6cb26a2d37b75ea71ffa7bc3271e16304517e49c14a7b20c0') {
    pending.push(import('./chunks/chunk-f200414d30996322cca23b7bd839a0d6a2eb4195d0e8b798f50259800c90490e.js'));
  }
  if (key === '60305cd2e8faabc7c06dea4008000383af77d170f4eb3f56be1034474628eb74') {
    pending.push(import('./chunks/chunk-814af49ff8536aaa82e206725bba5790613d23998f13645fbf66c64d5ad0e628.js'));
  }
  if (key === 'bbb2aa170fc481bee040b500cc2840f910dac354c75a901837f02b4de763b220') {
    pending.push(import('./chunks/chunk-7df48eae3185c3212d169067c1e45e4d4cbc51d3a83d0534fcc357a41dd584a9.js'));
  }
  if (key === '1f973c05dc5e5801a91bdde198a13bf4d66c7852397965987e93a9f80c941407') {
    pending.push(import('./chunks/chunk-94884852d150dcc73f7fbedde7c7666253ba7e7a6c9775dbeabf08cc43ab8542.js'));
  }
  if (key === 'ef5ee922b2f951adef8a1181c43d2f7610d15a34cea26bc46eba246d64aec432') {
    pending.push(import('./chunks/chunk-46ac056edb4bc3764aeb9dabdfa9039f26586ddd55cd2070ab0a4d7d254a9bd6.js'));
  }
  if (key === '9f70dd2ba60b8635cf731c2ea89644c2931ba1651e16074f9e977491d8d5853e') {
    pending.push(import('./chunks/chunk-5f951564c96802e0fd703ed690ff2ddcc1cc7846d9d35b4de1f11ea51b253b0d.js'));
  }
  if (key === '032c5bfc9a9ddc9bb363238c1b290f50cb67e68f358ee044150d69b5e309924e') {
    pending.push(import('./chunks/chunk-814af49ff8536aaa82e206725bba5790613d23998f13645fbf66c64d5ad0e628.js'));
  }
  if (key === '006971abe00185651d92efd1aa416230d31426e277acbb06b6bcd635d9a6135e') {
    pending.push(import('./chunks/chunk-8ebe1fe307c9a033f05358311f0060ea1ec488c2ba9dc91d7324441d435c7344.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}